# Loaded language: words and phrases whose emotional charge or connotation
# goes beyond their referential content (propaganda techniques after
# Da San Martino et al. 2019 and Miller 1939: loaded language, name calling
# and labeling, historical smears, dehumanization, hyperbole, conspiratorial
# framing, emotive intensifiers, slurs).
# Weights: 0.5 mild / often neutral in news, 1 typical, 1.5-2 strong,
# 2.5-3 extreme (slurs, dehumanizing, genocide smears).

[loaded #name-calling =1.5]
thug/thugs/thuggish/thuggery
goon/goons
crook/crooks/crooked
criminal/criminals @prev=a|the|these|those|those|such|career|convicted|illegal|alien|war|dangerous|violent|hardened|common|lying|corrupt|rogue
gangster/gangsters
mobster/mobsters
hoodlum/hoodlums
scoundrel/scoundrels
villain/villains/villainous
traitor/traitors/traitorous =2
treasonous/treason =2
turncoat/turncoats
quisling/quislings =2
collaborator/collaborators @!prev=research|scientific|longtime|frequent|his|her|their
liar/liars =2
hypocrite/hypocrites/hypocrisy/hypocritical
charlatan/charlatans
fraud/frauds @prev=a|total|complete|the|is|was|utter|massive|blatant|outright
fraudster/fraudsters
con man/artist/job
swindler/swindlers
huckster/hucksters
demagogue/demagogues/demagoguery/demagogic
despot/despots/despotic/despotism
tyrant/tyrants/tyrannical/tyranny
dictator/dictators/dictatorial/dictatorship =1.2
autocrat/autocrats =1
strongman @!next=competition
warlord/warlords
kleptocrat/kleptocrats/kleptocracy/kleptocratic
oligarch/oligarchs =0.8
crony/cronies/cronyism
stooge/stooges
lackey/lackeys
minion/minions
henchman/henchmen
sycophant/sycophants/sycophantic
toady/toadies
bootlicker/bootlickers/bootlicking =2
shill/shills
puppet/puppets
puppet master/masters
useful idiot/idiots =2
idiot/idiots/idiotic/idiocy =2
moron/morons/moronic =2
imbecile/imbeciles =2
fool/fools/foolish/foolishness
clown/clowns/clownish
buffoon/buffoons/buffoonery
dimwit/dimwits/dimwitted
halfwit/halfwits
nitwit/nitwits
dunce
dolt/dolts
simpleton/simpletons
lunatic/lunatics =2
maniac/maniacs/maniacal =2
madman/madmen =2
psychopath/psychopaths/psychopathic =2
sociopath/sociopaths/sociopathic =2
nutjob/nutjobs/nutcase/nutcases/crackpot/crackpots/kook/kooks/kooky =2
nut job/jobs =2
loony/loonies/looney/loon/loons =2
wacko/wackos/whacko/wacky/wackjob =2
deranged =2
unhinged =2
delusional =1.5
paranoid =1
hysterical/hysteria/hysterics =1.5
fanatic/fanatics/fanatical/fanaticism =1.5
zealot/zealots/zealotry =1.5
bigot/bigots/bigoted/bigotry =1.5
racist/racists =1.2
racism =0.8
xenophobe/xenophobes/xenophobic =1.2
homophobe/homophobes/homophobic/transphobic/islamophobe/islamophobes/islamophobic =1.2
misogynist/misogynists/misogynistic =1.2
sexist/sexists =1.2
white supremacist/supremacists =1.2
supremacist/supremacists =1.2
extremist/extremists =1.2
extremism =1
radical/radicals/radicalized/radicalised/radicalism =1
ultra-right/ultra-left/ultranationalist/ultra-nationalist/ultranationalists =1.5
far-right/far-left =0.8
far right/left =0.8
hard-left/hard-right/alt-right/alt-left =1
militant/militants =0.7
jihadi/jihadis/jihadist/jihadists/jihad =1.5
islamist/islamists =1.2
islamofascist/islamofascists/islamofascism =2.5
terrorist/terrorists =1
terror @!next=attack|attacks =1
terrorism =0.7
insurgent/insurgents =0.5
rebel/rebels =0.3
anarchist/anarchists =1
agitator/agitators =1.5
provocateur/provocateurs =1.5
rabble-rouser/rabble-rousers/rabble =1.5
mob/mobs @!prev=the|a|organized|russian|italian =1.5
rioter/rioters =1.2
looter/looters =1.2
vandal/vandals/vandalism =1
hooligan/hooligans =1.5
militia/militias =0.5
regime/regimes =1.2
junta =1.2
cabal/cabals =2
clique/cliques =1.5
camarilla =2
elite/elites @prev=the|liberal|coastal|globalist|political|media|washington|ruling|corrupt|establishment|wealthy|power|financial|cultural|progressive|out-of-touch =1.2
establishment @prev=the|washington|political|gop|republican|democratic|liberal|media|party|corrupt|entrenched =0.8
swamp @prev=the|washington|drain|draining|drained|political|d.c. =1.5
drain the swamp =2
deep state =2
shadow government =2
globalist/globalists/globalism =2
leftist/leftists =1.5
lefty/lefties/leftie =2
libtard/libtards/librul/libruls =3
snowflake/snowflakes =2
social justice warrior/warriors =2
sjw/sjws =2
woke @!prev=he|she|i|we|they|had|has|have|then|finally|and|when =1.5
commie/commies =2.5
pinko/pinkos =2.5
red @next=menace|scare =1.5
marxist/marxists/marxism =1.2
communist/communists =0.8
communism =0.5
socialist/socialists =0.5
bolshevik/bolsheviks =1.5
trotskyist/trotskyite =1.5
neocon/neocons/neoconservative/neoconservatives =1.2
warmonger/warmongers/warmongering =2
war hawk/hawks =1
chickenhawk/chickenhawks =2
hawkish =0.5
appeaser/appeasers/appeasement =1.5
rino/rinos =2
cuck/cucks/cuckservative/cuckservatives =3
feminazi/feminazis =3
race-baiter/race-baiters/race-baiting =2
race baiter/baiters/baiting =2
race card =2
virtue signaling/signalling/signal/signals/signaled =2
apologist/apologists =1.5
denier/deniers =1.2
alarmist/alarmists/alarmism =1.5
fearmonger/fearmongers/fearmongering/fear-mongering/scaremonger/scaremongers/scaremongering =2
doomsayer/doomsayers =1.5
troll/trolls/trolling =1.5
hater/haters =1.5
crybaby/crybabies =2
whiner/whiners =1.5
loser/losers =1.5
lightweight/lightweights @!next=champion|title|division|class|boxer =1
has-been/has-beens =1.5
hack/hacks @prev=a|party|political|partisan|media|hollywood|democratic|republican|liberal|conservative|the =1.5
flunky/flunkies/flunkey =2
mouthpiece/mouthpieces =2
propagandist/propagandists =2
propaganda =1.5
disinformation =1
misinformation =0.8
fake news =2
lamestream =2
presstitute/presstitutes =3
enemy of the people =2.5
enemies of the people =2.5
sleazy/sleaze/sleazebag/sleazeball/scumbag/scumbags/scum =2.5
dirtbag/dirtbags/lowlife/lowlifes/low-life =2.5
degenerate/degenerates =2.5
pervert/perverts/perverted/perversion =2
predator/predators @!prev=apex|top|natural|marine|large =1.5
pedophile/pedophiles/paedophile/paedophiles/pedo/pedos =2
groomer/groomers =2.5
child molester/molesters =2
rapist/rapists =1.5
murderer/murderers =1.5
killer/killers @!prev=serial =1
butcher/butchers @!prev=the|a|local|family =2
executioner/executioners =1.5
assassin/assassins =1
criminal regime =2
mafia @!prev=russian|italian|sicilian =1.5
mafia state =2
gang/gangs @prev=criminal|this|these|ruling|that =1
bandit/bandits =1.5
pirate/pirates =1
parasite/parasites/parasitic =2.5
leech/leeches =2.5
freeloader/freeloaders =2
moocher/moochers =2
welfare queen/queens =2.5
illegals =2.5
illegal alien/aliens =1.5
illegal immigrant/immigrants =0.8
anchor baby/babies =2.5
invader/invaders =2
invasion @!prev=russian|military|ground|amphibious|allied|normandy|soviet|the|iraq =1.5
horde/hordes =2
swarm/swarms/swarming =1.5
infestation/infested =2.5

[loaded #historical-smear =2.5]
nazi*
neo-nazi*
neonazi*
fascist/fascists/fascism/fascistic
neo-fascist/neofascist/neofascists
proto-fascist
hitler*
hitlerite/hitlerites
gestapo
stasi
kgb-style
stalinist/stalinists/stalinism =2
gulag/gulags =2
fourth reich
third reich =1.5
reich @!prev=third =2
goebbels =2
kristallnacht =2
holocaust @!prev=the =2
genocide/genocidal =2
ethnic cleansing =2
pogrom/pogroms =2
apartheid =1.5
jim crow =1.5
lynch/lynching/lynchings/lynched =2
witch hunt/hunts =2
witch-hunt/witch-hunts =2
mccarthyism/mccarthyite/mccarthyist =2
inquisition =1.5
crusade/crusades/crusader/crusaders =1
jackboot/jackboots/jackbooted =2.5
brownshirt/brownshirts =2.5
storm trooper/troopers =2
stormtrooper/stormtroopers =2
blackshirt/blackshirts =2.5
final solution =2.5
concentration camp/camps =2
death camp/camps =2
khmer rouge =1.5
pol pot =1.5
mussolini =1.5
stalin =1
mao =0.5
chamberlain @next=moment|like|-like =1.5
munich @next=moment|agreement =1
pearl harbor @!prev=at =1
9/11 @next=truther|truthers =2
banana republic =2
soviet-style =1.5
orwellian =2
kafkaesque =1.5
big brother =1.5
thought police =2
newspeak/doublespeak/doublethink =1.5
totalitarian/totalitarianism =1.5
police state =2
show trial/trials =2
purge/purges/purged @!next=the|data =1.5
reign of terror =2
iron curtain =1.5
axis of evil =2
evil empire =2.5
empire of lies =2.5
crimes against humanity =1
war crime/crimes =1
war criminal/criminals =2

[loaded #dehumanizing =2.5]
vermin
cockroach/cockroaches
rat/rats @!prev=lab|laboratory|the|mole|brown|black|sewer|of|infected =1.5
snake/snakes @!prev=venomous|poisonous|rattle|garter|of|a =1.5
viper/vipers =2
nest of vipers =2
animal/animals @prev=these|those|are|they|like|such|rabid|wild|savage =2
beast/beasts/beastly/bestial =2
monster/monsters/monstrous =2
savage/savages/savagery/savagely =2
barbarian/barbarians/barbaric/barbarism/barbarity =2
subhuman/subhumans/sub-human =3
untermensch =3
cancer @prev=a|is|like|the|political|spreading =1.5
disease @prev=a|is|like|spreading =1
plague @prev=a|is|like|the =1
pest/pests =1.5
scourge =1.5
filth/filthy =2
trash @prev=white|human|is|are =2.5
garbage @prev=human|is|are =2
dog/dogs @prev=running|lap|mad|attack|these|those|you =2
lapdog/lapdogs =2
mongrel/mongrels =2.5
zombie/zombies =1.5
demon/demons/demonic/demonize/demonized/demonizing/demonization/demonise/demonised =1.5
devil/devils/devilish @!prev=tasmanian|blue =1.5
satan/satanic =2
evil/evils/evildoer/evildoers =2
wicked/wickedness =2
sinister =1.5
diabolical/diabolic =2
infidel/infidels/kafir/kuffar/kafirs =2
heathen/heathens =2
apostate/apostates =1.5
crusaders @prev=the|zionist|western =2
zionist entity =2.5
pigs @prev=you|capitalist|fascist|racist|these|those|police =2.5

[loaded #hyperbole =1.2]
catastrophe/catastrophic/catastrophically =1.2
disaster/disastrous/disastrously @!prev=natural =1
apocalypse/apocalyptic/armageddon/doomsday =1.5
calamity/calamitous =1.2
cataclysm/cataclysmic =1.5
carnage =1.5
bloodbath/bloodbaths =2
blood bath =2
bloodshed =1
bloodthirsty =2.5
bloodlust =2.5
bloody @!next=sunday =1
massacre/massacres/massacred =1.2
slaughter/slaughters/slaughtered/slaughtering =1.5
butcher/butchered/butchery/butchering =2
annihilate/annihilates/annihilated/annihilation =1.5
obliterate/obliterates/obliterated/obliteration =1.5
decimate/decimates/decimated/decimation =1.2
devastate/devastates/devastated/devastating/devastation =1
destroy/destroys/destroyed/destroying/destruction/destructive =0.7
wreck/wrecks/wrecked/wrecking/wreckage =0.7
ravage/ravages/ravaged/ravaging =1.2
rampage/rampages/rampaging =1.5
onslaught =1.2
brutal/brutally/brutality/brutalize/brutalized =1.2
vicious/viciously/viciousness =1.5
ruthless/ruthlessly =1.5
merciless/mercilessly =1.5
heinous =2
horrific/horrifically/horrifying/horrified/horrendous/horrible/horribly/horror/horrors =1.2
terrible/terribly =1
terrifying/terrified/terrify/terrifies =1.2
atrocity/atrocities/atrocious =1.5
abomination/abominable =2
appalling/appalled =1.5
outrage/outrageous/outrageously/outraged =1.2
scandal/scandals/scandalous =1
disgrace/disgraceful/disgracefully/disgraced =1.5
disgust/disgusting/disgusted/disgustingly =1.5
despicable =2
deplorable/deplorables =1.5
shameful/shamefully/shameless/shamelessly/shame @!next=on =1.5
reprehensible =1.5
contemptible =2
vile =2
loathsome =2
odious =2
repugnant =1.5
repulsive =1.5
revolting =1.5
sickening/sick @prev=a|is|was|so|very|truly|really =1.5
nauseating =1.5
grotesque/grotesquely =1.5
obscene/obscenely/obscenity =1.5
monstrosity =2
travesty/travesties =1.5
farce/farcical =1.5
charade =1.5
sham/shams =1.5
hoax/hoaxes =1.5
absurd/absurdity/absurdly =1.2
ridiculous/ridiculously =1.2
ludicrous/ludicrously =1.5
preposterous =1.5
laughable =1.5
insane/insanely/insanity =1.5
crazy/craziness =1.2
mad @!prev=get|got|getting|gets =1
madness =1.5
nonsense/nonsensical =1.5
rubbish =1.5
drivel =2
hogwash/balderdash/poppycock/claptrap/twaddle/tripe/bunk/baloney/bullshit/bs/horseshit/crap =2
pathetic/pathetically =1.5
pitiful =1.2
miserable/miserably =1
dismal/dismally =0.7
abysmal/abysmally =1.2
egregious/egregiously =1.5
flagrant/flagrantly =1.2
blatant/blatantly =1.2
brazen/brazenly =1.2
reckless/recklessly/recklessness =1.2
irresponsible/irresponsibly =1
incompetent/incompetence/incompetently =1.2
inept/ineptitude =1.2
bumbling =1.5
hapless =1.2
clueless =1.5
stupid/stupidity/stupidly =1.5
dumb/dumber/dumbest =1.5
ignorant/ignorance =1.2
arrogant/arrogance/arrogantly =1.2
smug/smugly =1.2
sanctimonious =1.5
self-righteous =1.5
holier-than-thou =1.5
pompous =1.2
elitist/elitism =1
condescending =1
snide =1.2
sneering/sneer/sneers =1.2
cowardly/coward/cowards/cowardice =1.5
gutless =2
weak-kneed =1.5
feckless =1.5
craven =2
corrupt/corrupted/corruption/corruptly =1
venal/venality =1.5
rotten =1.5
dishonest/dishonesty =1.2
deceitful/deceit/deceive/deceived/deceiving/deception/deceptive =1.2
duplicitous/duplicity =1.5
treacherous/treachery =1.5
betray/betrays/betrayed/betrayal/betraying =1.2
backstab/backstabbing/backstabber/backstabbers =1.5
lie/lies @!prev=it|that|which|this|where|here|there|truth|answer|answers|problem|problems|future|interests|power|responsibility|blame|fault|strength|roots|origins =1
lying/lied =1.2
mendacious/mendacity =1.5
falsehood/falsehoods =1
smear/smears/smeared/smearing =1.5
slander/slanders/slandered/slanderous =1.5
libel/libelous/defame/defamed/defamatory/defamation =1
vilify/vilified/vilifies/vilification =1.5
scapegoat/scapegoats/scapegoated/scapegoating =1.5
bully/bullies/bullied/bullying =1.2
intimidate/intimidated/intimidation =0.7
menace/menaces/menacing =1.2
threat @prev=existential|grave|mortal|dire|serious =1
existential threat =1.5
grave danger/threat/peril =1.5
mortal danger/threat/peril =1.5
peril/perils/perilous =1
dire =1
doom/doomed =1.5
nightmare/nightmares/nightmarish =1.5
hell/hellish/hellhole/hell-bent/hellbent =1.5
inferno =1
chaos/chaotic =1
mayhem =1.5
havoc =1.2
anarchy =1.2
turmoil =0.7
crisis @prev=full-blown|deepening|spiraling|unprecedented|manufactured|humanitarian|existential =1
frenzy/frenzied =1.2
panic/panicked/panicking =1
meltdown/meltdowns =1.5
tantrum/tantrums =1.5
rant/rants/ranting/ranted =1.5
tirade/tirades =1.5
diatribe/diatribes =1.5
screed/screeds =1.5
harangue/harangued =1.5
vitriol/vitriolic =1.5
venom/venomous =1.5
hateful/hatred/hate-filled/hatemonger/hatemongers/hate-monger =1.5
hate @next=speech|group|groups|crime|crimes|campaign|america =1
spew/spews/spewed/spewing =2
bile =1.5
rabid/rabidly =2
virulent/virulently =1.5
toxic/toxicity @!next=waste|chemicals|chemical|gas|substances|substance|materials|algae|metals|fumes|sludge|spill =1.2
poisonous/poison/poisoned/poisoning @!prev=food|lead|arsenic|mercury|carbon =1
sordid =1.5
seedy =1.2
shady =1.5
nefarious =2
insidious =1.5
devious =1.5
scheming/scheme/schemes/schemed =0.8
plot/plots/plotting/plotted @!prev=the|a|land|garden|burial =0.7
conspire/conspired/conspiring =1
collude/colluded/colluding/collusion =1
rig/rigged/rigging @!next=workers|worker|count =1.5
stolen election/elections =2
steal/stole/stealing/stolen @next=the|an|our|your|their|elections|election|votes|money|taxpayers =1
loot/looted/looting/plunder/plundered/plundering/pillage/pillaged/pillaging =1.5
rob/robbed/robbing @next=us|the|taxpayers|americans|voters|people|them =1
ripoff/rip-off/ripoffs/rip-offs =1.5
ripped off =1.2
gouge/gouging/gouged =1.2
exploit/exploited/exploiting/exploitation/exploitative @!prev=an|the =0.8
manipulate/manipulated/manipulating/manipulation/manipulative =1
brainwash/brainwashed/brainwashing =2
indoctrinate/indoctrinated/indoctrinating/indoctrination =1.5
cult/cults/cultish/cult-like =1.5
extremely dangerous =1.5
dangerous @prev=very|extremely|incredibly|deeply|most|so|truly|a|highly|dangerously =0.8
dangerously =1
attack/attacks/attacked/attacking @!prev=terror|terrorist|heart|suicide|missile|air|military|chemical|cyber|rocket|gas|drone|knife|acid|bomb|shark|panic|asthma @!next=on =0.3
assault/assaults/assaulted/assaulting @next=on =0.8
war on =1.2
crusade against =1.5
crackdown/crackdowns =0.7
crack down =0.7
siege/besieged @!prev=the =1
under siege/fire =1.2
under attack =1.5
persecute/persecuted/persecuting/persecution =1.2
oppress/oppressed/oppressing/oppression/oppressive/oppressor/oppressors =1.2
subjugate/subjugated/subjugation =1.5
enslave/enslaved/enslaving/enslavement =1.5
slave/slaves/slavery @prev=wage|debt|like|modern|sex =1
draconian =1.5
authoritarian/authoritarianism =1
iron fist =1.5
iron-fisted =1.5
heavy-handed =1.2
crush/crushes/crushed/crushing @!prev=a|his|her|schoolgirl|teenage =0.8
smash/smashed/smashing =0.8
slam/slams/slammed/slamming =1
blast/blasts/blasted/blasting @!prev=bomb|a|the|car|shotgun|explosive|massive|powerful|gun =0.8
lambaste/lambastes/lambasted/lambasting =1.5
excoriate/excoriated/excoriating =1.5
eviscerate/eviscerated/eviscerating =2
skewer/skewered/skewering =1.5
savage @prev=a =1.5
shred/shreds/shredded/shredding @!next=documents|paper =1
trash/trashed/trashing @!prev=the|of =1.2
bash/bashes/bashed/bashing @!prev=a|birthday =1.5
rip/rips/ripped/ripping into =1.5
tear/tore/tearing into =1
pummel/pummeled/pummelled/pummeling =1.5
hammer/hammered/hammering @!prev=a|the =0.8
lash/lashed/lashing out =1.2
fury/furious/furiously =1.2
rage/raged/raging/enraged/rages =1.2
wrath =1.5
seething/seethe/seethes =1.5
livid =1.5
incensed =1.5
irate =1.2
apoplectic =2
foaming at the mouth =2
spitting mad =2
blood on his/her/their/its hands =2
blood money =2
bloodstained/blood-soaked/blood-stained =2
killing field/fields =1.5
killing machine/machines =2
war machine =2
death squad/squads =1.5
murder/murders/murdered/murdering/murderous @!prev=first-degree|second-degree|degree|attempted|charged|charges|accused|convicted|of =0.8
assassinate/assassinated/assassination @!prev=attempted =0.5
slay/slain/slaying/slayings =0.8
gun-toting/gun-wielding/knife-wielding/machete-wielding =1
trigger-happy =1.5
bent on =1
obsessed/obsession/obsessive/obsessively =1.2
fixated/fixation =1
paranoia =1.5
meddling/meddle/meddled/meddles =1
interfere/interfering @next=in|with =0.5
stunt/stunts =1.5
publicity stunt/stunts =2
ploy/ploys =1.5
gimmick/gimmicks =1.5
spin/spun @next=doctor|doctors|machine =1.5
whitewash/whitewashed/whitewashing =1.5
cover-up/cover-ups/coverup =1.2
cover/covered/covering up @!next=with|for|the =0.8
stonewall/stonewalled/stonewalling =1.5
obstruct/obstructed/obstruction/obstructionist/obstructionists =0.7
sabotage/sabotaged/sabotaging/saboteur/saboteurs =1.5
subvert/subverted/subversion/subversive/subversives =1.5
undermine/undermines/undermined/undermining =0.8
ruin/ruins/ruined/ruining/ruinous @!prev=the|ancient|roman|in =1
bankrupt/bankrupted/bankrupting @next=the|america|our|country|nation =1.2
collapse @prev=total|complete|utter|imminent|economic =1
implode/implodes/imploded/implosion =1.5
unravel/unraveling/unravelling =0.8
in shambles/tatters/ruins =1.5
debacle/debacles =1.5
fiasco/fiascos =1.5
boondoggle/boondoggles =2
bailout/bailouts @prev=massive|another|taxpayer|huge|wall =1
handout/handouts/giveaway/giveaways =1.2
pork/pork-barrel =1.5
slush fund =2
gravy train =2
cash cow =1
fat cat/cats =2
robber baron/barons =2
greedy/greed =1.5
selfish/selfishness =1.2
callous/callously/callousness =1.5
heartless =1.5
cruel/cruelty/cruelly =1.2
sadistic/sadism/sadist =2
inhumane/inhuman/inhumanity =1.5
barbarous =2
unconscionable =1.5
unforgivable =1.5
inexcusable =1.5
indefensible =1.2
unacceptable =0.8
intolerable =1.2
unthinkable =1
unspeakable =1.5
unimaginable =1.2
staggering/staggeringly =1
shocking/shockingly/shocked =1
stunning/stunningly/stunned @!prev=a =0.8
astonishing/astonishingly/astounding =1
jaw-dropping =1.5
mind-boggling/mind-blowing =1.5
unprecedented =0.5
historic @!next=district|site|sites|building|buildings|preservation|landmark|home =0.5
epic @!prev=an =1
colossal =1
monumental =1
massive/massively =0.5
enormous/enormously =0.5
huge/hugely =0.5
gigantic/humongous/mammoth =1
astronomical =1
mountain/mountains of =1
tsunami of =1.5
avalanche of =1.2
flood/floods of =1
torrent of =1.2
barrage of =1
deluge of =1.2
epidemic of =1.5
plague of =1.5
orgy of =2
tidal wave =1.5
explosive @!next=device|devices|material|materials|ordnance =1
bombshell/bombshells =1.5
firestorm/firestorms =1.5
explosion of =1
skyrocket/skyrocketed/skyrocketing/soar/soared/soaring/spiraling/spiralling =0.5
plummet/plummeted/plummeting/plunge/plunged/plunging/tank/tanked/tanking =0.5
crippling/crippled/cripple/cripples =1.2
paralyze/paralyzed/paralysing/paralyzing =0.7
gut/gutted/gutting @!next=feeling|instinct|instincts =1
strangle/strangled/strangling/stranglehold =1.2
choke/choked/choking/chokehold =0.7
suffocate/suffocating/suffocated =1.2
stifle/stifled/stifling =1
muzzle/muzzled/muzzling/gag/gagged =1.2
silence/silenced/silencing @!prev=a|the|moment|minute|in|of|his|her|their|breaks|broke|broken|code =1
censor/censors/censored/censorship =0.8
hijack/hijacked/hijacking/hijacks @!next=plane|planes|aircraft|flight|flights =1.2
kidnap/kidnapped @!next=victim|victims =0.5
hostage @prev=held|holding|hold|holds =1.2
held hostage =1.5
blackmail/blackmailed/blackmailing/extort/extortion/extorted =1.2
shakedown/shakedowns =1.5
bribe/bribes/bribed/bribery =0.8
kickback/kickbacks =1.2
payoff/payoffs/pay-to-play =1.2
grift/grifter/grifters/grifting =2
scam/scams/scammer/scammers/scammed =1.5
racket/racketeer/racketeering @!prev=tennis =1
swindle/swindled =1.5
con @next=job|game|artist|man =1.5
cheat/cheats/cheated/cheating @!next=sheet|sheets =1.2
dupe/duped/duping/hoodwink/hoodwinked/bamboozle/bamboozled =1.5
gullible/naive/naïve =1
sheep/sheeple =2
pawn/pawns =1.5
tool @prev=a|political|useful|willing =1.5
bogus =1.5
phony/phoney/fake @!next=id|ids =1.2
fabricate/fabricated/fabrication/fabrications =1.2
concoct/concocted =1.5
trumped-up =2
trumped up =2
made-up =1
baseless =1
groundless =1
unfounded =1
debunked =1
discredited =1.2
false flag =2
so-called =1
self-styled/self-proclaimed/self-appointed =1.2
pseudo-* =0.8
quasi-* =0.8
wannabe/wannabes =1.5
would-be =0.5
infamous/infamously/notorious/notoriously =1.5
ignominious/ignominy/ignominiously =1.5
humiliate/humiliated/humiliating/humiliation/humiliations =1.2
embarrass/embarrassing/embarrassment/embarrassingly/embarrassed =0.7
debase/debased =1.5
degrade/degrading/degradation =1
vulgar/vulgarity/crude/crass =1.2
lewd/smutty/raunchy =1.2

fat @next=cat|cats|cheques|checks|salaries =1.5
cushy =1.5
lavish/lavishly/opulent =0.8
extravagant/extravagance =1
bloated =1.5
wasteful/waste @prev=a|massive|huge|wasteful|complete|total|government =1
burden/burdens/burdensome @prev=crushing|massive|heavy|huge|unbearable|undue|onerous =1
onerous =1
job-killing =2
job killer =2
death tax =2
death panel/panels =2
partial-birth =2
baby killer/killers =3
baby-killer/baby-killers =3
abortionist/abortionists =2
pro-abort/pro-aborts/pro-abortion =1.5
unborn @next=babies|baby|children|child =1
murder of @next=unborn|babies =2
gun grabber/grabbers =2
gun nut/nuts =2
bible thumper/thumpers =2
bible-thumping/bible-thumper/bible-thumpers =2
religious nut/nuts/zealots =2
tree hugger/huggers =1.5
eco-fascist/eco-fascists/ecofascist/eco-terrorist/eco-terrorists =2.5
climate alarmist/alarmists/alarmism/hysteria/hoax =2
climate denier/deniers =1.5
flat-earther/flat-earthers =2
anti-vaxxer/anti-vaxxers/antivaxxer/antivaxxers =1.5

[loaded #conspiratorial =1.5]
conspiracy/conspiracies/conspiratorial
conspiracy theory/theories/theorist/theorists =0.8
secret agenda =2
hidden agenda =2
agenda @prev=globalist|leftist|liberal|radical|gay|homosexual|hidden|secret|sinister|political|communist|marxist|progressive|socialist|islamist|zionist|anti-american|anti-christian =1.5
new world order =2.5
one world government =2.5
puppet government/regime/state/president =2
pulling the strings =2
pull/pulls/pulled the strings =2
behind the scenes =0.8
behind closed doors =0.8
shadowy =2
sinister forces/plot/plan/motives =2
dark forces =2
dark money =1.2
powers that be =2
the elites =1.5
controlled opposition =2.5
false-flag =2.5
staged @next=attack|attacks|event|events|shooting|photo|photos =2
crisis actor/actors =2.5
psy-op/psyop/psyops/psy-ops =2
plandemic/scamdemic =3
soros-funded/soros-backed =2.5
george soros =1
rothschild/rothschilds =2
illuminati =2.5
bilderberg =1.5
shadow state =2
fifth column/columnist/columnists =2.5
sleeper cell/cells =1
infiltrate/infiltrated/infiltrating/infiltration =1
enemy within =2.5
traitors within =2.5
globalist elite/elites =2.5
media cabal =2.5
russia hoax =2
russian collusion =1
hit job/piece =2
smear campaign/campaigns =2
orchestrated/orchestrate @next=campaign|attack|attacks|effort|smear|by =1.5
engineered @next=by|crisis =1.2
weaponize/weaponized/weaponizing/weaponise/weaponised/weaponization =1.5
rigged system/election =2
mind control =2
propaganda machine/campaign/outlet/outlets/arm/mouthpiece =2
state-controlled/state-run @next=media|press|outlets|television|tv|news =0.8
kremlin-backed/kremlin-controlled/kremlin-funded/kremlin-linked/pro-kremlin =1.5
pro-putin =1.2
putin's puppet/puppets =2.5
puppet of the west/kremlin/washington =2.5
western puppet/puppets =2.5
us-backed @next=regime|puppet|junta|coup =1.5
regime change =1
kiev regime =2.5
kyiv regime =2.5
neo-nazi regime =3
nazi regime =2
zionist regime =2.5
zionist lobby =2.5
israel lobby =1.5
jewish lobby =2.5
gun lobby =1
big pharma =1.5
big tech =1
big oil =1
military-industrial complex =1.5
prison-industrial complex =1.5
the establishment =1

[loaded #emotive =1]
tragic/tragedy/tragedies/tragically =0.7
heartbreaking/heartbroken/heart-wrenching/heartwrenching =1.2
gut-wrenching =1.5
harrowing =1.2
agonizing/agony/anguish/anguished =1
grief-stricken =1
grieving =0.5
suffer/suffering/suffered @!prev=the|long =0.5
misery/miseries =1
despair/desperate/desperately/desperation =0.8
hopeless/hopelessly/hopelessness =1
helpless/helplessness =0.8
innocent @next=people|civilians|children|victims|lives|americans|babies|women|men|bystanders|citizens|muslims|christians =1
innocent =0.5
defenseless/defenceless =1.5
vulnerable =0.3
victim/victims @prev=innocent|helpless|defenseless|countless|hapless =1
martyr/martyrs/martyrdom =1.2
hero/heroes/heroic/heroically/heroism @!prev=war|local =1
brave/bravery/bravely/courageous/courage =0.7
valiant/valiantly/gallant =1
glorious/glory =1.2
noble =1
sacred/hallowed/holy @!next=see|spirit|land|week|city|quran|koran|bible =1
patriot/patriots/patriotic/patriotism @!next=act|missile|missiles =0.8
true patriots/americans =1.5
real americans =1.5
un-american/anti-american =1.5
freedom-loving/liberty-loving/god-fearing =1.5
our great nation/country =1.5
land of the free =1.5
great again =1
the american people =0.5
american way of life =1.2
western civilization =1
our children @next=<punct>|and|are|will|from =0.8
our way of life =1.5
our values =1
our streets =1
our borders =1
our communities =0.5
flood/flooding/flooded @next=into|across|our|the|with =1
pour/pouring/poured @next=into|across|over =0.7
swamped/overrun/overrunning/overwhelmed =1.2
mass migration/immigration =1
open borders =1.5
amnesty @!next=international =1
chain migration =1.5
no-go zone/zones =2
sharia =1
creeping sharia =3
islamization/islamisation/islamify =2
white genocide =3
great replacement =3
replace/replaced/replacing @next=us =2
war on christmas =2
war on women =1.5
war on coal =1.5
war on cops/police =1.5
assault on =1.2
attack on @next=democracy|freedom|free|our|the|religious|women|christians|christianity|the|america|american|press =1
fight for our =1
fight back =0.8
stand up to =0.7
take back =1
take our country back =2
silent majority =1.5
forgotten men and women =1.5
ordinary people/americans/citizens =0.5
hard-working/hardworking @next=americans|families|people|taxpayers|men|women =1
taxpayers' money/dime =1
taxpayer-funded =1
on the taxpayer's/taxpayers' dime =1.5
your tax dollars =1.2
nanny state =2
big government =1.5
socialism =1
socialist utopia =2
communist china =1.2
red china =2
radical islam =2
radical islamic =2
radical islamic terrorism/terrorists =2
radical left/right =2
radical leftist/leftists =2
radical democrats/republicans/liberals/progressives/feminists/environmentalists/muslims =2
the radical left =2
the left @!next=side|hand|lane|wing =1
the right @prev=<punct> @next=<punct>|wing =0.8
libs =2
lib @next=media =2
liberal media =1.5
mainstream media =1.2
msm =1.5
corporate media =1.5
legacy media =1.2
fake media =2
dishonest media =2
sycophantic media =2
media elite/elites =1.5
hollywood elite/elites/liberals =1.5
coastal elite/elites =1.5
ivory tower =1.5
limousine liberal/liberals =2
champagne socialist/socialists =2
latte liberal/liberals =2
bleeding heart/hearts =1.5
bleeding-heart =1.5
do-gooder/do-gooders =1.5
politically correct =1
political correctness =1
pc police =2
cancel culture =1.5
cancelled/canceled @prev=be|being|been|get|got =0.7
identity politics =1
culture war/wars =1
thought crime =2
free speech @prev=attack|assault|crush|crushes|crushing|suppress|silence|ban =1
woke mob =2.5
outrage mob =2
twitter mob =2
mob rule =2
unhinged left =2.5
trump derangement syndrome =2.5
derangement syndrome =2.5
orange man =2
drumpf =2.5
dotard =2.5
cheeto =2
crooked hillary =2.5
lyin'/lying ted =2.5
little marco =2.5
low-energy @next=jeb =2
low energy jeb =2
pocahontas =2.5
sleepy joe =2.5
bernie bros =1.5
trumpist/trumpists/trumpism =1
maga @next=crowd|cult|mob|extremists|republicans|supporters =1.5
never-trumper/never-trumpers =1.5
never trumpers =1.5
obamacare =0.5
hillarycare =1.5
shill for =2
in bed with =2
on the payroll of =1.5
sellout/sell-out/sellouts =1.5
sold/sells/selling out @!next=of|in|crowd|concert|show =1.2
in the pocket of =2
bought and paid for =2.5
lapdog media =2.5
cheerleader/cheerleaders @prev=a|the|his|her|their|media =1.5
bully pulpit =0.5
weasel/weasels/weaselly =2
weasel words =2
sissy/wimp/wimps/wimpy =2
whine/whines/whined/whining =1.5
gripe/gripes/griped/griping =1
moan/moaned/moaning =1
grovel/groveled/grovelling/groveling =2
kowtow/kowtowed/kowtowing/kowtows =2
cave/caved/caving @next=in|to|on =1.5
capitulate/capitulated/capitulation =1.5
surrender/surrendered @next=to|our =1.2
bow/bowed/bowing down =1
flip-flop/flip-flopped/flip-flopping/flip-flopper/flip-flops =1.5
waffle/waffled/waffling =1.2
dodge/dodged/dodging/dodgy =1.2
weasel out =2
peddle/peddles/peddled/peddling/peddler/peddlers =1.5
push/pushed/pushing @next=propaganda|lies|narrative|agenda =1.5
narrative @prev=false|official|mainstream|media|their|the|fake|dominant|leftist|liberal|prevailing =1
spin =1
talking points =1
buzzword/buzzwords =1
rhetoric @prev=inflammatory|heated|hateful|divisive|incendiary|fiery|violent|racist|toxic|anti-american|anti-semitic|antisemitic|hostile|harsh|empty|bellicose|overheated|dangerous =1
inflammatory =1.5
incendiary =1.5
divisive =1
polarizing =0.8
anti-semitic/antisemitic/anti-semite/anti-semites/antisemite/antisemites/anti-semitism/antisemitism =1.2
jew-hating/jew-hater/jew-haters =3
islamophobia =1
christophobia/christophobic =2
anti-christian/anti-catholic =1.2
anti-white =2
anti-gun/anti-cop/anti-police =1.2
anti-israel =1
pro-terror/pro-terrorist =2.5
america-hating =2.5
america hating =2.5
hate america =2.5
terror-supporting/terror-linked =1.5
terror state =2.5
rogue state/states/regime/nation =2
pariah/pariahs =1.5
thugocracy =3
narco-state/narcostate/narco-terrorist =2
hellholes/shithole/shitholes =3
cesspool/cesspit =2.5
sewer @prev=a|moral|political =2
backwater/backwaters =1.5
banana =1
third-world @next=country|countries|dictatorship|conditions|hellhole =1
third world country/countries/dictatorship/conditions =1
failed state =1.2
rogue =1
evil regime =2.5
godless =2
heretic/heretics/heresy/heretical =1.5
blasphemy/blasphemous =1
sin/sins/sinful/sinner/sinners =0.8
damn/damned/damnable/goddamn/god-damn =1.5
curse/cursed =1
wretched =1.5
lousy =1.5
awful/awfully =1
dreadful/dreadfully =1.2
horrid =1.5
hideous =1.5
ugly @!next=duckling =1
nasty/nastiest/nastiness =1.5
mean-spirited =1.5
petty =1.2
spiteful/spite =1.5
vindictive/vindictiveness/vengeful/vengeance =1.5
bitter/bitterly @!next=cold|winter =0.8
resentful =1
jealous/jealousy/envy/envious =1
angry/anger/angered/angrily =0.7
fear/fears/feared @prev=in|of|irrational|stoke|stoking|stoked|deep =0.7
afraid =0.3
scared/scary =1
dread =1
alarming/alarmingly =0.8
ominous/ominously =1
chilling/chilled =1.2
grim/grimly =0.7
bleak =0.7
harsh/harshly =0.5
shame on =2
how dare =2
enough is enough =1.5
wake up =1
open your eyes =1.5
god help us =1.5
heaven forbid =1.2
mark my words =1
let that sink in =1.5
you can't make this up =1.5
believe it or not =1
unbelievable/unbelievably =1
incredible/incredibly =0.7
amazing/amazingly =0.5
wonderful/fantastic/tremendous/magnificent/spectacular/phenomenal/fabulous/marvelous/marvellous =0.7
total disaster =2
complete disaster =2
utter disaster =2
sad @next=<punct> =1
very sad =1.2
pure @next=evil|nonsense|fantasy|propaganda|hatred|hate|madness|insanity|genius|fiction|politics|greed =1.5
utter @next=nonsense|contempt|disregard|failure|disgrace|chaos|madness|disaster|fool|incompetence =1.5
sheer @next=madness|lunacy|incompetence|hypocrisy|stupidity|arrogance|audacity|hatred|evil|greed|terror|horror|brutality|cruelty =1.5
blind/blindly @next=hatred|rage|obedience|loyalty|eye|faith|trust =1.2
blind eye =1.5
turn a blind eye =1.5
knee-jerk =1.2
diehard/die-hard =0.8
hardline/hard-line/hardliner/hardliners =0.8
firebrand/firebrands =1.2
hothead/hotheaded/hotheads =1.5
loose cannon =2
bombastic/bluster/blustering =1.2
grandstand/grandstanding/grandstanded =1.5
pander/pandering/pandered/panders =1.5
posturing =1.2
cynical/cynically/cynicism =1
opportunist/opportunists/opportunistic/opportunism =1.2
power-hungry =2
power grab =2
power-mad =2.5
megalomaniac/megalomania/megalomaniacal =2.5
narcissist/narcissists/narcissistic/narcissism =2
egomaniac/egomaniacs/egomaniacal/ego-driven =2
vanity =1
sycophancy =2
slavish/slavishly =2
servile =2
fawning =1.5
sucking/suck/sucked up to =1.5
boot-licking =2.5
