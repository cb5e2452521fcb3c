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
gangster/gangsters
mobster/mobsters
hoodlum/hoodlums
scoundrel/scoundrels
villain/villains/villainous
traitor/traitors/traitorous =2
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
buffoon~noun/buffoonery/buffoonish
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
xenophobe/xenophobes/xenophobic =1.2
homophobe/homophobes/homophobic/transphobic/islamophobe/islamophobes/islamophobic =1.2
misogynist/misogynists/misogynistic =1.2
sexist/sexists =1.2
# "white supremacists gathered": news names the movement so; alone the word judges
supremacist/supremacists @!prev=white =1.2
extremist/extremists @!next=group|groups|content|posts|postings|recruitment|organization|organizations|organisations|account|accounts|networks|network|cells|cell|militants|websites|sites|material|materials @!before=counter|countering|combat|combating|against|tied|suspected =1.2
extremism =1
ultra-right/ultra-left/ultranationalist/ultra-nationalist/ultranationalists =1.5
hard-left/hard-right/alt-right/alt-left =1
islamofascist/islamofascists/islamofascism =2.5
anarchist/anarchists =1
agitator/agitators =1.5
provocateur/provocateurs =1.5
rabble-rouser/rabble-rousers/rabble =1.5
mob/mobs @!prev=the|a|organized|russian|italian =1.5
rioter/rioters =1.2
looter/looters =1.2
vandal/vandals =1
vandalism @!before=<class-literal-legal>|by|of|hit|police|reported|reports =1
hooligan/hooligans =1.5
junta =1.2
cabal/cabals =2
clique/cliques =1.5
camarilla =2
elite/elites @prev=the|liberal|coastal|globalist|political|media|washington|ruling|corrupt|establishment|wealthy|power|financial|cultural|progressive|out-of-touch =1.2
swamp @prev=the|washington|drain|draining|drained|political|d.c. =1.5
deep state =2
shadow government =2
globalist/globalists/globalism =2
leftist/leftists =1.5
# "the Yankees lefty", "advantageous for lefties": the left-handed sense in sport and science
lefty/lefties/leftie @!before=left-handed|right-handed|handed|handedness|left-handedness|southpaw|southpaws @!next=pitcher|pitchers|reliever|relievers|starter|starters|hitter|hitters|batter|batters|bat|bats|golfer|swinger|specialist|arm @!after=handed|left-handed|right-handed|hand|hands|pitched|inning|innings|bullpen|mound|southpaw|southpaws|runs|allowed|struck|strikeouts|walked|homer|hits =2
libtard/libtards/librul/libruls =3
snowflake/snowflakes =2
social justice warrior/warriors =2
sjw/sjws =2
woke @!prev=he|she|i|we|they|had|has|have|then|finally|and|when =1.5
commie/commies =2.5
pinko/pinkos =2.5
red @next=menace|scare =1.5
bolshevik/bolsheviks =1.5
trotskyist/trotskyite =1.5
warmonger/warmongers/warmongering =2
war hawk/hawks =1
chickenhawk/chickenhawks =2
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
loser/losers @!prev=the|and|biggest|big|winner|winners|each =1.5
lightweight/lightweights @!next=champion|title|division|class|boxer =1
has-been/has-beens =1.5
hack/hacks @prev=a|party|political|partisan|media|hollywood|democratic|republican|liberal|conservative @!next=of|into|on|attack|attacks =1.5
flunky/flunkies/flunkey =2
mouthpiece/mouthpieces =2
propagandist/propagandists =2
propaganda =1.5
propagandize/propagandized/propagandizing/propagandise/propagandised =1.5
disinformation =1
lamestream =2
presstitute/presstitutes =3
enemy of the people =2.5
enemies of the people =2.5
sleazy/sleaze/sleazebag/sleazeball/scumbag/scumbags/scum =2.5
dirtbag/dirtbags/lowlife/lowlifes/low-life =2.5
degenerate/degenerates =2.5
pervert/perverts/perverted/perversion =2
predator/predators @!prev=apex|top|natural|marine|large|sexual|sex|online|child|violent|registered|alleged|convicted @!next=drone|drones|aircraft|missile|missiles =1.5
pedophile/pedophiles/paedophile/paedophiles/pedo/pedos =2
groomer/groomers =2.5
child molester/molesters =2
rapist/rapists =1.5
murderer/murderers =1.5
butcher/butchers @!prev=the|a|local|family =2
executioner/executioners =1.5
criminal regime =2
mafia @case @!prev=russian|italian|sicilian =1.5   # the figure of speech ("a mafia network"); capitalized "the Mafia" is the organization
mafia state =2
gang @prev=this|that|these|those|ruling =1   # not "criminal gangs", "biker gangs" of crime reporting
gangs @prev=these|those|ruling =1   # "fears that gangs could exploit migrants": a complementizer, no pointing
bandit/bandits =1.5
pirate/pirates =1
parasite/parasites/parasitic =2.5
leech/leeches =2.5
freeloader/freeloaders =2
moocher/moochers =2
welfare queen/queens =2.5
anchor baby/babies =2.5
invader/invaders =2
horde/hordes =2
swarm/swarms/swarming =1.5
infestation/infested =2.5

[loaded #historical-smear =2.5]
nazi* @!prev=the|adolf|german|former|with|under|by|against|fought|fighting|defeat|defeated @!next=germany|rule|state|regime|era|occupation|party|officer|officers|war|past|period|invasion|forces|soldiers|troops|army|camp|camps|years|leaders|leadership|propaganda|collaborators|flag|flags|symbol|symbols|salute|salutes|regalia|insignia|memorabilia|uniform|uniforms|swastika|swastikas|tattoo|tattoos
neonazi*
fascist/fascists/fascistic
neo-fascist/neofascist/neofascists
proto-fascist
hitler* @prev=new|another|like|modern-day|modern|little|next|latter-day|wannabe|mini|baby|a
hitlerite/hitlerites
gestapo
stasi
kgb-style
stalinist/stalinists/stalinism =2
gulag/gulags @!prev=the|soviet|stalin's|stalinist|in =2
fourth reich
third reich =1.5
reich @!prev=third =2
goebbels =2
kristallnacht =2
ethnic cleansing =2
pogrom/pogroms =2
jim crow =1.5
lynching/lynchings/lynched =2
lynch mob/mobs =2.5
witch hunt/hunts =2
witch-hunt/witch-hunts =2
mccarthyism/mccarthyite/mccarthyist =2
inquisition =1.5
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
chamberlain @next=moment|like|-like =1.5
munich @next=moment|agreement =1
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
purge/purges/purged @!next=the|data @!prev=great|stalin's|stalinist|soviet =1.5
reign of terror =2
iron curtain @!prev=the|behind|beyond|across =1.5
axis of evil =2
evil empire =2.5
empire of lies =2.5
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
catastrophe/catastrophic/catastrophically @!next=<class-literal-context> @!prev=<class-literal-cause> =1.2
disaster/disastrous/disastrously @!prev=natural|<class-literal-cause> @!next=relief|response|management|area|areas|zone|zones|recovery|declaration|declarations|aid|victims|preparedness|assistance|agency|<class-literal-legal> @!before=toll|killed|dead|injured|survivors|victims|rescue|rescuers =1   # the disaster of an earthquake report
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
slaughter/slaughters/slaughtered/slaughtering =1.5
butcher/butchered/butchery/butchering =2
annihilate/annihilates/annihilated/annihilation =1.5
obliterate/obliterates/obliterated/obliteration =1.5
decimate/decimates/decimated/decimation =1.2
devastate/devastates/devastated/devastating/devastation @!before=<class-literal-cause> @!next=<class-literal-context> @!after=<class-literal-object> =1
wreck/wrecks/wrecked/wrecking @!before=<class-literal-cause> @!after=<class-literal-object> =0.7
ravage/ravages/ravaged/ravaging @!before=<class-literal-cause> @!after=<class-literal-object> =1.2
rampage/rampages/rampaging @!prev=shooting|killing|stabbing|gun|knife|deadly|murderous =1.5   # "the shooting rampage" of crime reporting
onslaught =1.2
brutal/brutally/brutalize/brutalized @!next=<class-literal-context> =1.2
brutality @!prev=police =1.2
vicious/viciously/viciousness =1.5
ruthless/ruthlessly =1.5
merciless/mercilessly =1.5
heinous =2
horrific/horrifically/horrifying/horrified/horrendous/horrible/horribly/horror/horrors @!next=<class-literal-context>|film|films|movie|movies|show|shows|genre|fiction|novel|novels|writer|writers|author|franchise|series|comedy|game|games|icon|star|tv|television|podcast|podcasts =1.2
terrible =1
terrifying/terrify/terrifies @!next=<class-literal-context> @!before=<class-literal-cause> =1.2
terrified @!prev=<be>|look|looked|looks|looking|left|leave|leaves|feel|felt|feels|seemed|seem|and|visibly|were|clearly @!before=<class-literal-cause> =1.2
atrocity/atrocities/atrocious =1.5
abomination/abominable =2
appalling/appalled =1.5
outrage/outrageous/outrageously/outraged =1.2
disgrace/disgraceful/disgracefully/disgraced =1.5
disgust @!prev=his|her|their|my|our|your|its =1.5   # "vocal about her disgust" names a feeling; "a sense of disgust" stays
disgusting/disgusted/disgustingly =1.5
despicable =2
deplorable/deplorables =1.5
shameful/shamefully/shameless/shamelessly/shame @!next=on =1.5
reprehensible =1.5
contemptible =2
vile~adj/vileness =2
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
absurd/absurdity/absurdly =1.2
ridiculous/ridiculously =1.2
ludicrous/ludicrously =1.5
preposterous =1.5
laughable =1.5
insane/insanely/insanity =1.5
crazy~adj/craziness =1.2
mad @!prev=get|got|getting|gets =1
madness =1.5
nonsense/nonsensical =1.5
rubbish =1.5
drivel =2
hogwash/balderdash/poppycock/claptrap/twaddle/tripe/bunk/baloney =2
pathetic/pathetically =1.5
pitiful =1.2
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
stupid~adj/stupidity =1.5
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
venal/venality =1.5
rotten =1.5
dishonest/dishonesty =1.2
duplicitous/duplicity =1.5
treacherous/treachery =1.5
betray/betrays/betrayed/betrayal/betraying @!prev=feel|felt|feels|feeling =1.2
backstab/backstabbing/backstabber/backstabbers =1.5
lie/lies @!prev=allegiances|loyalties|sympathies|it|that|which|what|this|where|here|there|truth|answer|answers|problem|problems|future|interests|power|responsibility|blame|fault|strength|roots|origins|danger|risk|hope|key|secret|heart|center|centre|body|bodies|remains @!next=in|ahead|at|on|within|beneath|behind|between|along|across|low|dormant|down|flat|still|a|an|the|one|some|<num> =1   # not "where allegiances lie", "nearby lies a park"
mendacious/mendacity =1.5
falsehood/falsehoods =1
smear/smears/smeared/smearing =1.5
slander/slanders/slandered/slanderous =1.5
libel/libelous/defame/defamed/defamatory/defamation @!next=<class-literal-legal> @!prev=for|of|over|a|criminal|seditious =1   # "sued for libel", "a libel suit" name the tort; "blood libel" stays
vilify~verb/vilification =1.5
scapegoat/scapegoats/scapegoated/scapegoating =1.5
bully/bullies =1.2
bullied @!prev=<be>|being|get|gets|got|getting|ever|who =1.2
bullying @!prev=about|against|anti|anti-|cyber|school|workplace|stop|prevent|of|on|<end> @!next=<be>|does|happens|happen|victims|prevention|policy|policies =1.2
doom/doomed @!prev=dr|dr.|von|. =1.5   # Marvel's Dr. Doom
nightmare/nightmares/nightmarish =1.5
hell/hellish/hellhole/hell-bent/hellbent =1.5
chaos/chaotic @!next=<class-literal-context> =1
mayhem =1.5
frenzy/frenzied =1.2
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
spew/spews/spewed/spewing =2
bile =1.5
rabid/rabidly =2
virulent/virulently =1.5
toxic/toxicity @!next=waste|chemicals|chemical|gas|substances|substance|materials|algae|metals|fumes|sludge|spill =1.2
poisonous/poison/poisoned/poisoning @!prev=food|lead|arsenic|mercury|carbon =1
sordid =1.5
seedy =1.2
shady~adj =1.5
nefarious =2
insidious =1.5
devious =1.5
rig/rigged/rigging @!next=workers|worker|count =1.5
loot/looted/looting/plunder/plundered/plundering/pillage/pillaged/pillaging =1.5
ripoff/rip-off/ripoffs/rip-offs =1.5
ripped off =1.2
gouge/gouging/gouged @!prev=price =1.2
brainwash/brainwashed/brainwashing =2
indoctrinate/indoctrinated/indoctrinating/indoctrination =1.5
cult/cults/cultish/cult-like =1.5
extremely dangerous =1.5
crusade against =1.5
under attack =1.5
enslave/enslaved/enslaving/enslavement =1.5
slam/slams/slammed/slamming =1
blast/blasts/blasted/blasting @!prev=bomb|a|the|car|shotgun|explosive|massive|powerful|gun|email|e-mail|text|fundraising @!next=balls|ball|radius|wave|site|zone|out|off|music =0.8
lambaste/lambastes/lambasted/lambasting =1.5
excoriate/excoriated/excoriating =1.5
eviscerate/eviscerated/eviscerating =2
skewer/skewered/skewering =1.5
savage @prev=a =1.5
bash/bashes/bashed/bashing @!prev=a|birthday =1.5
rip/rips/ripped/ripping into =1.5
fury =1.2
rage/raged/raging/enraged/rages =1.2
wrath =1.5
seething/seethe/seethes =1.5
apoplectic =2
foaming at the mouth =2
spitting mad =2
blood on his/her/their/its hands =2
blood money =2
bloodstained/blood-soaked/blood-stained =2
killing machine/machines =2
trigger-happy =1.5
paranoia =1.5
stunt/stunts @!next=double|doubles|performer|performers|man|woman|driver|drivers|pilot|pilots|coordinator|team|work =1.5   # not the film trade's "stunt double"
publicity stunt/stunts =2
ploy/ploys =1.5
gimmick/gimmicks =1.5
spin/spun @next=doctor|doctors|machine =1.5
ruin/ruins/ruined/ruining/ruinous @!prev=the|ancient|roman|in =1
cruel~adj/cruelty =1.2
sadistic/sadism/sadist =2
barbarous =2
shocking/shockingly/shocked =0.7
stunning/stunningly @!prev=a =0.8
stunned @!prev=<be>|look|looked|looks|looking|left|leave|leaves|feel|felt|feels|seemed|seem|and|visibly|were|clearly =0.8
enormous/enormously =0.5
tsunami of =1.5
epidemic of @!next=<num> =1.5
plague of =1.5
orgy of =2
bombshell/bombshells =0.8
firestorm/firestorms =1.5
held hostage =1.5
shakedown/shakedowns =1.5
grift/grifter/grifters/grifting =2
# "a virtual kidnapping scam", "the scam works this way": crime reporting names the crime
scam/scams/scammer/scammers/scammed @!prev=kidnapping|phone|email|e-mail|online|wire|investment|ponzi|romance|lottery|tax|irs|text|grandparent|impostor|imposter|phishing|the @!after=<class-literal-legal> =1.5
swindle/swindled =1.5
con @next=job|game|artist|man =1.5
dupe/duped/duping/hoodwink/hoodwinked/bamboozle/bamboozled =1.5
# "sheep farmers", "a flock of sheep": only the likeness judges
sheep @prev=like|are|mindless|blind|obedient|docile|as|brainwashed|compliant =2
sheeple =2
bogus =1.5
phony/phoney/fake @!next=id|ids|teeth|tan|eyelashes|lashes|nails|fur|blood|snow|leather|mustache|moustache|beard|nose|diamonds|flowers|passport|passports|license|licenses|licence|plates|accounts|account|profiles @!after=site|sites|website|websites|web =1.2   # props and forgeries ("fake teeth", "a fake passport"); "fake news sites" is the fact-checkers' name for a kind of site
concoct/concocted =1.5
trumped-up =2
trumped up =2
made-up =1
discredited =1.2
false flag =2
ignominious/ignominy/ignominiously =1.5
humiliate/humiliated/humiliating/humiliation/humiliations =1.2
debase/debased =1.5
degrade/degrading/degradation =1
vulgar/vulgarity/crass =1.2
crude @!prev=brent|oil|light|sweet|heavy|sour|wti|texas|u.s.|us|benchmark|of|barrel|barrels @!next=oil|oils|prices|price|futures|inventories|inventory|stocks|stockpiles|supplies|output|production|exports|imports|<num>|rose|fell|settled|steel|estimate|estimates|approximation|measure|form|tools|drawing|drawings =1.2
lewd/smutty/raunchy =1.2

fat @next=cat|cats|cheques|checks|salaries =1.5
onerous =1
job-killing =2
job killer =2
death tax =2
death panel/panels =2
baby killer/killers =3
baby-killer/baby-killers =3
pro-abort/pro-aborts/pro-abortion =1.5
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
secret agenda =2
hidden agenda =2
agenda @prev=globalist|leftist|liberal|radical|gay|homosexual|hidden|secret|sinister|communist|marxist|progressive|socialist|islamist|zionist|anti-american|anti-christian =1.5
new world order =2.5
one world government =2.5
puppet government/regime/state/president =2
pulling the strings =2
pull/pulls/pulled the strings =2
shadowy =2
sinister forces/plot/plan/motives =2
dark forces =2
powers that be =2
the elites =1.5
controlled opposition =2.5
false-flag =2.5
staged @next=attack|attacks|event|events|shooting|photo|photos =2
crisis actor/actors =2.5
psy-op/psyop/psyops/psy-ops =2
plandemic/scamdemic =3
soros-funded/soros-backed =2.5
rothschild/rothschilds =2
illuminati =2.5
bilderberg =1.5
shadow state =2
fifth column/columnist/columnists =2.5
enemy within =2.5
traitors within =2.5
globalist elite/elites =2.5
media cabal =2.5
hit job/piece =2
smear campaign/campaigns =2
orchestrated/orchestrate @next=campaign|attack|attacks|effort|smear|by =1.5
engineered @next=by|crisis =1.2
weaponize/weaponized/weaponizing/weaponise/weaponised/weaponization =1.5
rigged system/election =2
mind control =2
propaganda machine/campaign/outlet/outlets/arm/mouthpiece =2
kremlin-backed/kremlin-controlled/kremlin-funded/kremlin-linked/pro-kremlin =1.5
putin's puppet/puppets =2.5
puppet of the west/kremlin/washington =2.5
western puppet/puppets =2.5
us-backed @next=regime|puppet|junta|coup =1.5
kiev regime =2.5
kyiv regime =2.5
neo-nazi regime =3
nazi regime =2
zionist regime =2.5
zionist lobby =2.5
jewish lobby =2.5

[loaded #emotive =1]
heartbreaking/heartbroken/heart-wrenching/heartwrenching =1.2
gut-wrenching =1.5
harrowing =1.2
agonizing/agony/anguish/anguished @!after=<class-literal-context> @!prev=in|screaming|writhing|screamed|writhed =1
grief-stricken =1
misery/miseries =1
hopeless/hopelessly/hopelessness =1
helpless/helplessness =0.8
defenseless/defenceless =1.5
martyr/martyrs/martyrdom =1.2
un-american/anti-american =1.5
no-go zone/zones =2
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
# "an attack on the base": war reporting names the target
attack on @next=democracy|freedom|free|our|the|religious|women|christians|christianity|america|american|press @!after=nightclub|club|bar|restaurant|concert|festival|office|offices|newsroom|base|bases|convoy|city|town|village|embassy|consulate|troops|forces|army|police|station|checkpoint|military|camp|ship|compound|headquarters|airport|hospital|school|mosque|church|synagogue|market|<class-literal-object> =1
take our country back =2
on the taxpayer's/taxpayers' dime =1.5
nanny state =2
socialist utopia =2
red china =2
radical islamic terrorism/terrorists =2
radical left/right =2
radical leftist/leftists =2
radical democrats/republicans/liberals/progressives/feminists/environmentalists/muslims =2
the radical left =2
libs =2
lib @next=media =2
liberal media =1.5
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
pc police =2
cancel culture =1.5
thought crime =2
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
shill for =2
# "a sellout crowd": the box office sense
sellout/sell-out/sellouts @!next=crowd|crowds|show|shows|concert|concerts|tour|game|games|audience|performance|performances =1.5
sold/sells/selling out @!next=of|in|crowd|concert|show =1.2
in the pocket of =2
bought and paid for =2.5
lapdog media =2.5
weasel/weasels/weaselly =2
weasel words =2
sissy/wimp/wimps/wimpy =2
grovel/groveled/grovelling/groveling =2
kowtow/kowtowed/kowtowing/kowtows =2
flip-flop/flip-flopped/flip-flopping/flip-flopper/flip-flops =1.5
weasel out =2
peddle/peddles/peddled/peddling/peddler/peddlers =1.5
inflammatory =1.5
incendiary @!next=device|devices|bomb|bombs|round|rounds|weapon|weapons|munitions|material|materials =1.5
jew-hating/jew-hater/jew-haters =3
anti-white =2
pro-terror/pro-terrorist =2.5
america-hating =2.5
america hating =2.5
hate america =2.5
terror state =2.5
rogue state/states/regime/nation =2
pariah/pariahs =1.5
thugocracy =3
narco-state/narcostate/narco-terrorist =2
hellholes =3
cesspool/cesspit =2.5
evil regime =2.5
damnable =1.5
wretched =1.5
lousy =1.5
awful/awfully =1
dreadful/dreadfully =1.2
horrid =1.5
hideous =1.5
ugly~adj/ugliness @!next=duckling =1
nasty~adj/nastiness =1.5
mean-spirited =1.5
petty~adj/pettiness =1.2
spiteful/spite @!prev=in =1.5
vindictive/vindictiveness/vengeful/vengeance =1.5
ominous/ominously =1
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
total disaster =2
complete disaster =2
utter disaster =2
very sad =1.2
pure @next=evil|nonsense|fantasy|propaganda|hatred|hate|madness|insanity|genius|fiction|politics|greed =1.5
utter @next=nonsense|contempt|disregard|failure|disgrace|chaos|madness|disaster|fool|incompetence =1.5
sheer @next=madness|lunacy|incompetence|hypocrisy|stupidity|arrogance|audacity|hatred|evil|greed|terror|horror|brutality|cruelty =1.5
blind/blindly @next=hatred|rage|obedience|loyalty|eye|faith|trust =1.2
blind eye =1.5
turn a blind eye =1.5
hothead/hotheaded/hotheads =1.5
loose cannon =2
bombastic/bluster/blustering =1.2
grandstand/grandstanding/grandstanded =1.5
pander/pandering/pandered/panders =1.5
posturing =1.2
power-hungry =2
power grab =2
power-mad =2.5
megalomaniac/megalomania/megalomaniacal =2.5
narcissist/narcissists/narcissistic/narcissism =2
egomaniac/egomaniacs/egomaniacal/ego-driven =2
sycophancy =2
slavish/slavishly =2
servile =2
fawning =1.5
sucking/suck/sucked up to =1.5
boot-licking =2.5

[loaded #evaluative =1]
# Evaluative adjectives, adverbs and verbs that frame rather than describe;
# mild ones (=0.5-0.8) are often loaded in op-eds and biased reporting.
destroy/destroys/destroyed/destroying/destruction/destructive @!before=<class-literal-cause> @!after=<class-literal-object> =0.8
jihadist/jihadists =1
scandalous =1.5
infamous/infamously/notorious/notoriously =1.2
brave/bravery/bravely/courageous/courageously =0.8
heretic/heretics/heresy/heretical =1.2
tragic/tragically @!next=<class-literal-context> =0.8
wonderful/fantastic/tremendous/magnificent/spectacular/phenomenal/fabulous/marvelous/marvellous @!next=four|beasts =0.8   # the Fantastic Four
incredible =0.8
amazing/amazingly/astonishing/astonishingly/astounding =0.8
remarkable/remarkably/extraordinary @!next=<class-literal-context> =0.5   # "extraordinary rain totals"
striking @!pos=VERB @!next=down|back|out|a|an|the|workers|worker|miners|teachers|nurses|employees|union|unions|deal|deals|distance =0.5
unprecedented =0.5
manipulate/manipulated/manipulating/manipulation/manipulative =1
hero/heroes/heroic/heroically/heroism @!prev=war|hometown|local|folk =0.8
embarrassing/embarrassment/embarrassingly =1
panic @!next=attack|attacks|attack-inducing|buying|button|buttons|room|rooms|disorder|disorders|broke|ensued|spread @!prev=of|near|in|or|and @!before=fled|flee|fleeing|fled =0.8   # a state or a condition: "fled in panic", "a panic attack", "panic buying"; "the neo-cons panic" stays
panicked/panicking =0.8
bitter/bitterly @!next=cold|winter|chocolate|taste|fight|fights|battle|battles|dispute|disputes|feud|feuding|rivalry|rivals|divorce|custody|struggle|contest|standoff|war|wind|winds|debate|debates|divide|divisions|primary|primaries|race|campaign|polarized|divided|contested|fought =0.8
plot/plots/plotting @!prev=the|a|land|garden|burial|story|movie|film|novel|book|terrorist|terror|bomb|assassination|coup @!next=of|murder|attacks|attack|assaults|assault|bombings|bombing|mayhem|killings|<cap> @!before=accused|charged|suspected|convicted|arrested|<class-literal-legal> @!after=bomb|kill|attack|assassinate|murder|kidnap|blow =0.8
crush @!prev=a|his|her|schoolgirl|teenage|the @!pos=NOUN =0.8   # "the crush of humanity" is a crowd, "a crush" a love
crushes/crushed/crushing @!prev=a|his|her|schoolgirl|teenage @!before=<class-literal-cause> @!after=<class-literal-cause> =0.8   # "crushed by falling rocks", "a tree crushed the car"
harsh~adj @!next=<class-literal-context> =0.8
rogue =1
lash/lashed/lashing/lashes out =1.2
divisive @!next=primary|primaries|issue|issues|topic|topics|question|questions|race|contest|vote|referendum|election|campaign|nomination =1
noble =0.8
menace/menaces/menacing =1.2
epic =0.8
whitewash/whitewashed/whitewashing =1.5
trash/trashed/trashing @!prev=the|of|household @!next=can|cans|bag|bags|bin|bins|collection|pickup|truck|trucks =1.2
steal/stole/stealing @next=the|an|our|your|their|elections|election|votes|money|from @!before=accused|charged|arrested|caught|convicted|suspected|<class-literal-legal> @!after=car|cars|truck|vehicle|vehicles|bike|bicycle|wallet|purse|phone|jewelry|cash|store|shop|walmart|rv|packages|package =1
dismal/dismally =0.8
intimidate/intimidated/intimidation/intimidating @!prev=voter|witness|jury =0.8   # "voter intimidation", "witness intimidation" name offences
identity politics =1
the [hard|far|radical|loony|extreme|militant|woke|regressive]? left @!next=side|hand|lane|wing|corner|field|bank|eye|arm|leg|foot =1
far-right/far-left @!next=<cap>|party|parties =1
radical/radicals/radicalized/radicalised/radicalism @!next=surgery|prostatectomy|mastectomy|change|changes|overhaul|overhauls|acceleration|transformation|shift|departure|reform|reforms|redesign|restructuring|groups|group|islamist|islamists|cleric|clerics|militants|militant =1
socialist/socialists @!prev=democratic|self-described|avowed @!next=party|parties|<cap> =0.5
mainstream media =1
illegal alien/aliens =1.5
# "george soros" dropped: a name is no loaded language (its loaded uses, "Soros-funded", stay)
bad @!next=<class-literal-context>|blood|hair =0.5   # not the idiom "a bad hair day"
worst @!next=<class-literal-context>|attack|attacks|shooting|shootings|bombing|bombings|disaster|disasters|mass|terrorist|recession|recessions|downturn|downturns|slump|depression|showing|performance|finish|result|results|quarter|month|week|year @!before=turn|turned|turns|prepare|prepared|preparing|brace|braced|bracing =0.5
# extremely, deeply, utterly, grossly, absolutely are intensifiers (context.lex): they raise
# the loaded word after them and are not counted again on their own
aggressive/aggressively @!next=<class-literal-context> =0.8
violent/violently @!prev=turned|turn|turns|turning|became|become|becomes @!next=<class-literal-context>|struggle|struggles|<class-literal-legal>|criminals|criminal|felons|felony|felonies|jihad|jihadist|jihadists|extremism|extremist|extremists|clashes|clash|protests|protest|demonstrations|threats|threat|attacks|attack|assault|assaults|incident|incidents|episode|death|deaths|unrest|confrontation|confrontations|groups|group|gangs|gang =0.4
dramatic/dramatically/drastic/drastically @!next=decline|declines|increase|increases|rise|rises|drop|drops|fall|falls|reduction|reductions|growth|improvement|improvements|shift|shifts|change|changes|borrowing|expansion|slowdown|downturn =0.7
explode/exploded/exploding @!before=<class-literal-cause> =0.7
unjust =1
injustice/injustices @!prev=racial|social|economic|environmental @!before=protest|protests|protesting|protested =1   # the cause a protest names: "kneeling to protest racial injustice"
immoral/immorality/amoral =1.5
unethical =1.2
unlawful @!next=<class-literal-legal>|conduct|entry|possession|detention|killing|killings|presence|discrimination|use|search|searches|arrest|arrests|termination|act|acts =0.8   # legal terms of art
negligent/negligence/grossly negligent =1.2
weak/weakling/weaklings @!next=<class-literal-context> =0.8
hostile/hostility @!next=government|governments|group|groups|forces|force|fire|territory|takeover|takeovers|bid|bids|workplace|environment|work|nation|nations|country|countries|power|powers|act|acts|witness|aircraft|troops|army|armies|regime|regimes =0.8
gross @!pos=PROPN @!next=domestic|national|income|margin|margins|profit|profits|revenue|revenues|weight|tonnage|earnings|wages|pay|salary|sales|receipts|proceeds|amount =1
dirty~adj @!next=bomb|water|laundry|dishes|clothes|<class-literal-context> =1.2
righteous/righteousness =1.2
predatory/predation =1.2
bizarre/bizarrely =1.2
botched =1.2
misguided =1.2
ineffective/ineffectual =1
useless/pointless/worthless =1.2
incoherent/incoherence =1.2
belligerent/belligerence/bellicose =1.2
embattled/beleaguered =0.4
plagued =0.8
stubborn/stubbornly/pig-headed @!next=high|low|elevated|weak|strong|persistent|inflation|unemployment|resistance =1
creepy~adj =1.5
anti-science =1.5
tone-deaf/tone-deafness =1.5
tone deaf @!prev=am|'m =1.5   # a judgement ("utterly tone deaf", "the campaign was tone deaf"); "I am tone deaf" is about singing
victimhood =1.5
disturbing/disturbingly @!next=content|images|imagery|footage =1   # a viewer warning: "graphic, disturbing content"
sheer @!next=cliff|cliffs|drop|face|fabric|number|size|volume =1.2
stain/stained @!prev=wine|coffee|blood =1
mess @!next=up|with|around =0.8   # the phrasal verbs: "he will mess up"
messy =0.8
foment/fomenting/fomented =1.5
looming @!next=primary|primaries|election|elections|deadline|deadlines|vote|votes|showdown|retirements|retirement|general|decision|debate|convention|contest|race|trial|hearing|<cap> @!prev=primary|primaries|election|elections|deadline|deadlines|vote|votes|showdown|retirements|retirement|general|decision|debate|convention|contest|race|trial|hearing|<cap> =0.5
cratering =1
slash/slashed/slashing @next=taxes|spending|funding|budgets|budget|jobs|benefits|wages =0.8
touted/touting/touts =1
bragged/bragging/brags =1
boasted/boasting/boasts @!next=a|an|the|its|<num>|<quote>|more|over|nearly|almost|about|some|several|many|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions|roughly|around|<cap> =1   # "the resort boasts a pool", "she boasts a 45-point lead": has
boasted/boasting/boasts about =1
ridiculed/ridiculing/mocked/mocking =1
railed/railing/rails against =1.2
claiming/claims @pos=VERB @!prev=<det>|of|insurance|disability|small|land|territorial|maritime|legal|court|patent|such @!after=victory|victories|win|wins|allegiance|responsibility|credit|title|seat|seats|lives|asylum|ownership|nomination|discrimination|harassment|damages|negligence|abuse @!before=lawsuit|lawsuits|suit|suits|complaint|complaints|petition|filing|filed =0.3
claimed @!next=the|responsibility|lives|life|victory|credit|asylum|ownership|seats|seat|title|prize|territory|land|as|by|<num> @!after=victory|victories|win|wins|allegiance|responsibility|credit =0.3
gaslight/gaslighting/gaslit =2
bonkers =2
gibberish =2
quagmire =1.5
shenanigans =1.5
pernicious =1.5
malevolent/malign/malignant @!next=tumor|tumour|tumors|melanoma|cells =1.5
obsequious/pusillanimous =2
cartoonish =1.5
ill-conceived/ill-advised/half-baked/half-hearted =1.2
do-nothing =1.5
bait-and-switch =1.5
sketchy =1.2
fakery =1.5
debauchery/debauched =1.5
abhorrent/abhor/abhors =1.5
scathing =1
milquetoast =1.5
messianic =1.5
finger-wagging =1.5
blithering =2
gaffe/gaffes/gaffe-prone =1.2
mockery @!before=drew|draw|draws|drawn|drawing|earned|earn|sparked|spark|sparking|incurred|stirs|stir|stirred|stirring|generating|generated|prompted|provoked|drawing =1.5
sloganeering =1.5
squalid =1.5
stingy =1.2
snarky =1.2
lazy~adj/laziness =1.2
flimsy =1
shoddy =1.5
sloppy~adj/sloppiness =1.2
slimy =2
smarmy =2
pompously =1.2
preening =1.5




perfidious/perfidy =2
loathe/loathed/loathing =1.5
despise/despised/despises =1.5

callous/callously =1.5

gruesome/ghastly =1.2

lurid =1.5
salacious =1.5
sensational/sensationalist/sensationalism =1
tawdry =1.5






phony/phoney =1.5


outlandish =1.2
far-fetched =1
hare-brained/harebrained =1.5
half-witted =2
asinine =2
inane =1.5

childish/infantile =1.2
# "the juvenile justice system", "juvenile court": the legal sense
juvenile @!next=<class-literal-legal> =1.2
petulant/petulance =1.5
whiny =1.5
hysterically =1.5
shrill =1.5
strident =1
screeching =1.5
caterwauling =2
bloviating/bloviate/bloviates =2
blather/blathering =2


smirk/smirked/smirking =1.2
sneered =1.2
scoff/scoffed/scoffing =1

slammed/slamming/blasted/blasting/bashed/bashing @!prev=bomb|car|explosion|wind|winds @!next=out|off|music =0.8

[loaded #historical-smear =2]
hitler-like/hitlerian/hitleresque =2.5
naziesque/nazi-like/nazi-style =2.5
goose-stepping/goose-step =2
war machine =2



[loaded #profanity =1.5]
# Profanity and vulgar insults, as in quoted posts and comment threads; their
# own tag so that a reader can count or filter them apart from slurs.
fuck/fucks/fucked/fucking/fucker/fuckers/motherfucker/motherfuckers/motherfucking/fuckin =2
shit/shits/shitty/bullshit/horseshit/shithead/shitheads/shithole/shitholes/shitshow =2
crap/crappy =1.5
bs @!prev=<num>|a|an|the|his|her|with|and @!next=degree|degrees|in|from =1.5
asshole/assholes/arsehole/arseholes/dickhead/dickheads/douchebag/douchebags/jackass/jackasses =2.5
bastard/bastards =2
bitch/bitches/bitching/son of a bitch =2
piss/pissed/pissing @!next=test|tests =1.5
damn/damned/goddamn/goddamned/god-damn/dammit/goddammit @!prev=the =1.5
screw you/them/him/her =1.5
wtf/stfu =1.5

[loaded #slur =3]
# Slurs on groups. Matching them is the point of a loaded-language detector;
# ambiguous forms carry constraints.
raghead/ragheads
towelhead/towelheads
sand nigger/niggers
camel jockey/jockeys
muzzie/muzzies
moslem/moslems =1.5
wetback/wetbacks
beaner/beaners
spic/spics
chink/chinks @!prev=a|the @!next=in|of
gook/gooks
slant-eyed/slant-eyes
jap/japs @!prev=mini
kike/kikes
hymie/hymies
yid/yids
heeb/heebs
nigger/niggers/nigga/niggas
negroes/negroid =2
coon/coons @!prev=raccoon
jigaboo/jigaboos
darkie/darkies
pickaninny
sambo
redskin/redskins =1.5
injun/injuns
squaw/squaws =2
paki/pakis
wog/wogs
kraut/krauts
wop/wops
dago/dagos
gyppo/gyppos/gypo
tinker/tinkers @prev=dirty|thieving|bloody =2
faggot/faggots/fag/fags
dyke/dykes @!prev=van|the|sea|river
tranny/trannies
shemale/shemales
homo/homos @!next=sapiens|erectus
poofter/poofters/poof
sodomite/sodomites
retard/retards/retarded =2.5
spaz/spastic =2
cripple @!next=the =2
white trash =3
trailer trash =3
redneck/rednecks =2
hillbilly/hillbillies =1.5
cracker/crackers @prev=white|dumb|stupid|old|these|those =2
gringo/gringos =1.5
infidel dogs =3
crusader dogs =3

[loaded #hyperbole =1.2]
# strongly evaluative words that rarely occur in neutral reporting
spineless =2
fiasco/fiascos/debacle/debacles =1.5
unconscionable/unforgivable/unspeakable/inexcusable/intolerable/indefensible =1.5
inhumane/inhumanity =1.5
sickening =1.5
depraved/depravity =2
demented/deluded/delusion/delusions =1.5
brainless/brutish =2
fiendish/iniquitous/ignoble =2
godawful =2
disingenuous =1.2
disreputable/unscrupulous/untrustworthy =1.2
deceitful/deceit/deceptive =1.2
malicious/malice =1.5
contemptuous/contempt/scornful/scorn/derision/revulsion @!before=drew|draw|draws|drawn|drawing|earned|earn|sparked|spark|sparking|incurred|stirs|stir|stirred|stirring|generating|generated|prompted|provoked|drawing =1.2
insufferable/obnoxious/pretentious =1.5
unpatriotic =1.5
wrongheaded =1.2
senseless =1.2
chilling @!next=out|at|with|in|on|by =0.8   # not slang for relaxing ("chilling in Air Force One"); "a chilling effect"
frightening/frightful/scary =0.8
infuriating =1.2
exploitative =1
murderous =1.5
hoax/hoaxes =1.5
fraudulent @!after=<class-literal-legal>|documents|document|number|numbers|checks|check|transactions|charges|returns|return|accounts|account|credit|card|cards|passport|passports|ballots|votes|loans|loan|invoices|billing @!before=<class-literal-legal> =1.2
sanctimony =1.5
hubris/chutzpah/temerity/gall @!prev=bile =1.2
greed/greedy/avarice =1.5
skulduggery/skullduggery/chicanery/trickery/flimflam/humbug =1.5
obfuscation/obfuscate/obfuscating =1.2
stonewalling =1.2
jingoism/jingoistic/chauvinism/chauvinist/chauvinistic =1.5
saber-rattling/sabre-rattling/brinkmanship =1.5
hate-mongering/hatemongering =2
sedition/seditious =1.5
blasphemous/sacrilege/sacrilegious =1.2
intolerant/intolerance =1
illegitimate =1
lawless/lawlessness =1.2
immature/illiterate =1.2
ransack/ransacked/ransacking =1.2


binge/spree @prev=spending|killing|shooting|crime|looting =1.2

[loaded #emotive =1]
# rarer loaded words and stock phrases of partisan rhetoric
threat @prev=existential|grave|mortal|dire|serious =1
grave danger/threat/peril =1.5
mortal danger/threat/peril =1.5
peril/perils/perilous =1
inferno =1
havoc =1.2
anarchy =1.2
stolen election/elections =2
rob/robbed/robbing @next=us|the|taxpayers|americans|voters|people|them =1
iron fist =1.5
iron-fisted =1.5
heavy-handed =1.2
tear/tore/tearing into =1
pummel/pummeled/pummelled/pummeling =1.5
livid =1.5
incensed =1.5
irate =1.2
killing field/fields =1.5
death squad/squads =1.5
bent on =1
fixated/fixation =1
stonewall/stonewalled =1.5
bankrupt/bankrupted/bankrupting @next=the|america|our|country|nation @!prev=go|goes|went|gone|going|declared =1.2   # not "if the railroads go bankrupt the banks ..."
implode/implodes/imploded/implosion =1.5
in shambles/tatters/ruins =1.5
boondoggle/boondoggles =2
pork/pork-barrel =1.5
slush fund =2
gravy train =2
cash cow =1
fat cat/cats =2
robber baron/barons =2
selfish/selfishness =1.2
heartless =1.5
inhuman =1.5
unthinkable =1
unimaginable =1.2
jaw-dropping =1.5
mind-boggling/mind-blowing =1.5
colossal =1
gigantic/humongous/mammoth =1
astronomical =1
mountain/mountains of @!next=<cap>|southern|northern|eastern|western|central =1   # "Stone Mountain of Georgia", "the mountains of southern West Virginia"
avalanche of =1.2
flood/floods of @!next=<num>|money|cash|dollars|donations|calls|orders|requests|applications|emails|letters|messages|comments|complaints|visitors|fans|supporters|voters|tourists|customers|investors|new =1
torrent of =1.2
barrage of =1
deluge of =1.2
tidal wave =1.5
crippling/crippled/cripple/cripples =1.2
strangle/strangled/strangling/stranglehold =1.2
suffocate/suffocating/suffocated =1.2
stifle/stifled/stifling @!after=laughter|laugh|laughs|giggle|giggles|yawn|yawns|smile|grin|cough|tears|sob =1   # not "stifled his laughter"
hijack/hijacked/hijacking/hijacks @!next=plane|planes|aircraft|flight|flights =1.2
payoff/payoffs/pay-to-play =1.2
cheat/cheats/cheated/cheating @!next=sheet|sheets|code|codes|meal|meals|day|days =1.2   # video-game cheat codes, a dieter's cheat day
gullible/naive/naïve =1
pawn/pawns =1.5
tool @prev=a|political|useful|willing =1.5
baseless =1
groundless =1
unfounded =0.5
debunked =1
self-styled/self-proclaimed/self-appointed =1.2
wannabe/wannabes =1.5
cushy =1.5
extravagant/extravagance =1
bloated =1.5
partial-birth =2
abortionist/abortionists =2
murder of @next=unborn|babies =2
dark money =1.2
russia hoax =2
pro-putin =1.2
big pharma =1.5
military-industrial complex =1.5
valiant/valiantly/gallant =1
true patriots/americans =1.5
real americans =1.5
freedom-loving/liberty-loving/god-fearing =1.5
our great nation/country =1.5
land of the free =1.5
american way of life =1.2
our way of life =1.5
chain migration =1.5
silent majority =1.5
forgotten men and women =1.5
hard-working/hardworking @next=americans|families|people|taxpayers|men|women =1
taxpayers' money/dime =1
your tax dollars =1.2
big government =1.5
radical islamic =2
culture war/wars =1
bernie bros =1.5
maga @next=crowd|cult|mob|extremists|republicans|supporters =1.5
never-trumper/never-trumpers =1.5
never trumpers =1.5
hillarycare =1.5
in bed with =2
on the payroll of =1.5
cheerleader/cheerleaders @prev=a|the|his|her|their|media =1.5
whine/whines/whined/whining =1.5
gripe/gripes/griped/griping =1
moan/moaned/moaning =1
capitulate/capitulated/capitulation =1.5
surrender/surrendered @next=to|our =1.2
bow/bowed/bowing down =1
waffle/waffled/waffling =1.2
dodge/dodged/dodging/dodgy =1.2
push/pushed/pushing @next=propaganda|lies|narrative|agenda =1.5
talking points =0.5
buzzword/buzzwords =1
rhetoric @prev=inflammatory|heated|hateful|divisive|incendiary|fiery|violent|racist|toxic|anti-american|anti-semitic|antisemitic|hostile|harsh|empty|bellicose|overheated|dangerous =1
polarizing =0.8
christophobia/christophobic =2
anti-christian/anti-catholic =1.2
anti-gun/anti-cop/anti-police =1.2
terror-supporting/terror-linked =1.5
sewer @prev=a|moral|political =2
backwater/backwaters =1.5
third-world @next=country|countries|dictatorship|conditions|hellhole =1
third world country/countries/dictatorship/conditions =1
failed state =1.2
godless =2
blasphemy =1
dread =1
alarming/alarmingly =0.8
sad @next=<punct> =1
knee-jerk =1.2
firebrand/firebrands =1.2
cynical/cynically/cynicism =1
opportunist/opportunists/opportunistic/opportunism =1.2

[loaded #evaluative =1]
# framing words of biased reporting (epistemological and intensifying bias)
falsely/wrongly/misleadingly/baselessly/dubiously =0.6
false claim/claims/narrative/narratives/equivalence/accusations/allegations/promises =1.2
empty promises/rhetoric/words/gestures =1.2
hollow victory/words/promises/rhetoric =1.2
lip service =1.2
siren call/song =1
sob story/stories =1.5
media darling/darlings =1.2
truther/truthers/trutherism =2
birther/birthers/birtherism =2
anti-vax/anti-vaxx/anti-vaccine =1.2
quack/quacks/quackery =2
crazed =1.5
grisly =1
trope/tropes =1
tribalism =1
disdain/disdainful =1
cradle-to-grave =1.5
marauding =1.5
melodramatic =1.2
ferocious/ferociously =1
implausible =1
enamored/enamoured =0.8
racy =0.8
staunch/staunchly =0.5
polluters =1.2
tarred =1.2
rage-filled =1.5
reactionary/reactionaries =1.2
nevertrump/nevertrumper/nevertrumpers =1.5
left-winger/left-wingers/right-winger/right-wingers =1.2
dems @!prev=<punct> =0.8
pro-lifers =1

glaring =0.8
feud/feuding =0.8
ego/egos =0.8

[loaded #evaluative =1]
# Judgement words found missing on real articles (PTC and BABE misses read by
# hand); written with ~forms where English inflects them regularly.
draconian =1.2
unholy @!next=trinity =1.2
overzealous/overzealously =1.2
calumny/calumnies/calumnious =1.5
jihadi/jihadis =1
fumble~verb @!prev=<num>|his|a|the|lost|recovered =1
snookered =1.5
bicker~verb =1
blunder~noun/blundered/blundering =1.2
ballyhooed/much-ballyhooed =1.2
overblown =1.2
laughably =1.5
skyrocket~verb @!after=temperatures|temperature =0.7
crusade/crusades @!prev=first|second|third|fourth|the|medieval @!before=holy|knights =1
crusader/crusaders @!prev=the|knights|zionist|western|<num> =1
dystopia/dystopian =1.2
death-knell/death knell =1.2
temper tantrum/tantrums =1.5
chinese/china/wuhan virus =2
kung flu =3
toxic masculinity =1.2
extreme/extremes @!after=<class-literal-context> @!next=events|event|poverty =0.6   # "extreme weather events", "extreme poverty" (a World Bank measure)
dangerous/dangerously @!after=<class-literal-context>|<class-literal-object>|<class-literal-cause>|spot|spots|place|places|position|positions|job|jobs|work|stretch|intersection|terrain|waters|crossing|route|routes|situation|situations|chemicals|substances|materials|goods|weapon|driving =0.6   # "the most dangerous spot on the battlefield"
massive/massively @!next=<num>|amount|amounts|number|numbers|quantities|lead|leads|manhunt|contingent|crowd|crowds|turnout|margin|margins|rally|rallies|protest|protests|demonstration|demonstrations|search|investigation|investigations|voter|data|database|fortune|scale|gun-rights|majority @!after=<class-literal-context>|<class-literal-object>|<class-literal-cause> =0.5
inappropriate/inappropriately @!prev=sexually =0.8   # "sexually inappropriate behavior" is the charge, not a judgement
myth/myths @next=that|of @!prev=greek|ancient|roman|norse|creation =1

[loaded #evaluative =1.2]
# General English disparagement, written from knowledge of the language (not
# from a list): verbs that judge how someone speaks or acts, pejorative
# labels for people, and adjectives of contempt. Literal senses constrained.
berate~verb =1.2
chastise~verb =1
scold~verb =1
taunt~verb =0.6
belittle~verb =1.5
demean~verb =1.5
denigrate~verb/denigration =1.5
besmirch~verb =2
impugn~verb =1.2
pillory~verb =1.5
castigate~verb =1.2
upbraid~verb =1.2
fulminate~verb =1.5
browbeat/browbeats/browbeaten/browbeating =1.5
gloat~verb =1.5
flaunt~verb =1.2
squander~verb =1.2
bungle~verb =1.5
bilked/bilking/fleeced/fleecing =1.5
strong-arm/strong-armed/strong-arming =1.5
rammed/ramming/rams through =1.5
scheming/conniving =1.5
hobnob~verb =1.2
cozy/cozied/cozies/cozying up =1.2
ideologue/ideologues =1.5
ignoramus =2
busybody/busybodies =1.5
killjoy/killjoys =1.5
naysayer/naysayers =1
blowhard/blowhards/windbag/windbags/gasbag/gasbags =2
loudmouth/loudmouths/loudmouthed/bigmouth =2
braggart/braggarts =2
showboat/showboating =1.5
prima donna =1.5
drama queen =2
snob/snobs/snobbish/snobbery =1.5
carpetbagger/carpetbaggers =1.5
careerist/careerists =1.2
apparatchik/apparatchiks =1.5
plutocrat/plutocrats/plutocracy =1.5
overlord/overlords =1.2
patsy/patsies @!pos=PROPN =1.5
chump/chumps =2
sucker/suckers @!next=punch =1.5
rube/rubes @!pos=PROPN =2
yokel/yokels/bumpkin/bumpkins =2
knuckle-dragger/knuckle-draggers/knuckle-dragging =2
troglodyte/troglodytes =2
bozo/bozos =2
slob/slobs =2
ruffian/ruffians =1.5
brute/brutes @!next=force|strength =1.5
jackal/jackals =1.5
swine @!next=flu|fever|influenza|farm|farms|industry|producers|herd|herds|production =2
ham-fisted =1.5
mercurial =1.2
clumsy~adj =1
mediocre/mediocrity =1.2
lame @!next=duck|ducks =1.2
feeble~adj =1.2
fishy @!next=smell|odor|odour|taste =1.2
specious =1.5
spurious =1
two-faced =2
patronizing/patronising =1.2
haughty =1.5
thin-skinned =1.5
cold-hearted =1.5
woeful/woefully =1.2
lamentable =1.2
nutty @!next=flavor|flavour|taste|aroma|notes =1.5
goofy =1.2
silly~adj/silliness @!next=string|putty|season =1.2
dopey =1.5
witless/mindless/mindlessly =1.5
cringe/cringeworthy/cringe-worthy/cringey/cringy =1.5
shambolic =1.5
sneaky~adj =1.2
shifty =1.5
dumpster fire =2
trainwreck =1.5
hissy fit =2
hooey/malarkey/piffle =2
hot air @!next=balloon|balloons =1.2
word salad =2
antics =1.2
hijinks =1
gleeful/gleefully =1.2
needlessly/senselessly =1
predictably =1
grandiose =1.2
pesky =1.2

[loaded #hyperbole =0.8]
# Exaggeration and intensity that a wire story rarely needs (Da San Martino et
# al.'s Exaggeration/Minimisation); weak weights, literal senses constrained.
staggering/staggeringly =0.8
whopping =1
eye-popping/eye-watering =1.2
breathtaking/breathtakingly =0.8
relentless/relentlessly @!next=<class-literal-context>|shelling|bombardment|bombing|airstrikes =0.8
incessant/incessantly @!next=<class-literal-context> =1
rampant/rampantly =1
never-ending/unending =0.8
out-of-control @!next=<class-literal-context>|car|vehicle|truck|blaze|train =1
fuming =1.2
aghast =1.2
frantic/frantically @!next=search|searches|effort|efforts|rescue|calls|call =0.8
desperate/desperately/desperation @!next=search|need|needs|in =0.6
painfully @next=slow|obvious|clear|aware|thin|inadequate|short =0.8
conveniently @!next=located|situated|placed|close|near =0.8
trample/trampled/trampling/tramples on =1.2
lackluster/lacklustre @!next=<class-literal-context>|trading|session|quarter|results =0.8
oppressive/repressive @!next=<class-literal-context>|heat|humidity =1
bleak/bleakly @!next=<class-literal-context> =0.8
regrettable/unacceptable =0.8
cold-blooded @!next=animals|animal|reptiles|reptile|creatures =1.5
erratic/erratically @!next=driving|behavior|behaviour|heartbeat|movements|<class-literal-context> =0.8

[loaded #evaluative =0.8]
# Praise in the author's voice is evaluation too (BABE annotates favourable
# framing as well as pejorative).
glorious/gloriously =1
superb/superbly/terrific/awesome =0.8
brilliant/brilliantly @!next=light|sunshine|blue|white|red|colors|colours =0.8
masterful/masterfully/masterstroke =1

[loaded #evaluative =1.2]
# Figurative stock phrases of blame and contempt (idioms a wire story does not
# use literally), and words that impute intent or pretence.
turn/turns/turned/turning [his|her|their|its|our]? back/backs on =1.2
broken promise/promises =1
stab in the back =1.5
stab-in-the-back =1.5
stabbed/stabbing us/them/me/you/voters/allies in the back =1.5
thrown/threw/throw/throws/throwing under the bus =1.5
slap in the face =1.5
kangaroo court/courts =2
smoke and mirrors =1.5
snake oil =1.5
dog and pony show =1.5
cash grab/grabs =1.5
money grab/grabs =1.5
tin-pot/tinpot =1.5
two-bit/third-rate/second-rate/bush-league =1.5
amateur hour =1.5
clown car/show =2
freak show =2
morally bankrupt =2
moral bankruptcy =2
intellectually dishonest =1.5
beyond the pale =1.5
beneath contempt =2
off the rails @!before=train|trains|tram|trams|carriage|carriages|car|cars|<class-literal-cause> =1.2
off the deep end =1.5
drank/drink/drinking/drunk the kool-aid =2
echo chamber/chambers =1
tinfoil/tin-foil/tin foil hat/hats =2
conspiracy theorist/theorists =0.6
shove/shoved/shoving down [our|their|your|the]? throats =1.5
rubber-stamp/rubber-stamped @!next=approval =0.8
slippery slope =1
bury/buried/burying [his|her|their]? head/heads in the sand =1.5
kick/kicks/kicking/kicked the can down the road =1
deliberately/intentionally/purposely/purposefully @!next=set|lit|started =0.5
pretend/pretends/pretended/pretending @!prev=to|<modal> @!after=police|officer|officers|agent|agents|worker|workers|employee|employees|inspector|doctor|nurse|utility|delivery|repairman|technician|<class-role> =0.8
unfit/unqualified @!after=consumption|duty|habitation|service|play|trial|work =1
endless/endlessly =0.6
joke @prev=a|total|complete|sick|cruel|bad|running|sorry|absolute @before=is|was|are|were|total|complete|absolute|sick|cruel|running|sorry =1.2
abject/abjectly @!next=poverty =1.5

[loaded #evaluative =1.2]
# Judgement adjectives and verbs of favour and disfavour: the kinds the
# propaganda corpus marks beyond insults (praise, ridicule, moral condemnation).
lionize~verb/lionise~verb =1.2
idolize~verb/idolise~verb =1.2
adulation/adoring/fawned/fawns =0.8
gush/gushed/gushing/gushes @!prev=oil|water|blood @!next=of|from|out =1.2
hagiography/hagiographic/hagiographical =1.5
puff piece/pieces =1.5
fanboy/fanboys/fangirl =1.5
unwavering/steadfast =0.6
acrimonious/acrimony @!next=divorce =0.8
testy/prickly/snippy/snippily @!next=pear|pears|heat =1
ire @!before=drew|draw|draws|drawn|drawing|raised|sparked|earned|incurred =1
flout~verb =1
fervent/fervently =0.8
infuriate/infuriates/infuriated =1.2
gobsmacked/flabbergasted/dumbfounded =1.5
unsavory/unsavoury =1.2
scurrilous =2
perverse/perversely/perversity =1.2
corrosive @!next=liquid|liquids|chemical|chemicals|substance|substances|gas|acid =1.2
blight @!next=<class-literal-context>|disease|fungus @!after=potato|potatoes|crop|crops|tree|trees|leaf|leaves|plant|plants =1.2
futile/futility =0.6
wishy-washy =1.5
befuddled/befuddling/befuddlement @!before=drew|draw|draws|drawn|drawing|earned|earn|sparked|spark|sparking|incurred|stirs|stir|stirred|stirring|generating|generated|prompted|provoked|drawing =1.2
startling/startlingly =0.8
thoughtless/insensitive/insensitivity =1
illogical/unpersuasive =1
bogeyman/boogeyman/bugbear =1.5
dim-witted =2
shallow @!next=water|waters|end|depth|depths|grave|graves|earthquake|earthquakes|quake|quakes|lake|pool|river|sea|coast|well|wells|breathing|<class-literal-context> @!after=meters|metres|feet|miles|kilometers|depth =1
imprudent =1
eerie/eerily =0.8
cowed =1.2
gratuitous/gratuitously =1.2
audacious/audaciously/audacity =1
hounded =1.2
manhandle~verb =1.2
freak/freaks/freaked/freaking out =1.5
death spiral =1

[loaded #evaluative =0.8]
# Framing of what others say and do (Recasens et al. 2013: factive and
# assertive verbs, one-sided praise): "who claim to care", "trots out",
# "lauded", "poked fun at".
claim/claims to @next=be|have|care|know|represent|speak|support|love|want|defend|believe|stand|fight|protect =0.8
lauded/lauding/lauds/extolled/extolling/extols =0.8
heaped/heaping praise =1
poked/poking/pokes fun =1
trot/trots/trotted/trotting out =1.2
sold/sell/sells/selling [his|her|their|its|our]? soul/souls =1.5
wild @next=conspiracy|claims|claim|accusations|accusation|theories|theory|allegations|speculation|rumors|rumours|exaggeration =1
zeal/zealous/zealously =1
flippant/flippantly/flippancy =1.2
desecrate~verb/desecration =0.8
fierce/fiercely @next=attack|attacks|critic|critics|criticism|backlash|opposition|partisan|rhetoric|tirade|rebuke|denunciation =0.8

[loaded #name-calling =1]
# Partisan labels that judge rather than name: the noun "Democrat" used as an
# adjective (the "Democrat Party" epithet), the accusation nouns beside their
# adjectives above, abortion-debate epithets of both sides.
Democrat party/lawmakers/senators/leaders/politicians/candidates/leadership/governors/governor/mayors/mayor/establishment/operatives =0.6
sexism @!before=accused|accuses|accusing|accusation|accusations|allegation|allegations|charges|charged|over|about|against|combat|combating|fight|fighting =1
islamophobia/xenophobia/misogyny/homophobia/transphobia =1
anti-choice =1.2
forced-birth =2
abortion mill/mills =2
abortion industry =1.2
cultural marxism/marxist =2
law-abiding @next=citizens|americans|gun|people|taxpayers =0.8

[loaded #conspiratorial =1]
# Insinuation: the writer hints at what it does not state ("died under
# mysterious circumstances", "suspiciously timed"), and the double-standard frame.
mysteriously/suspiciously/inexplicably =1
curiously =0.5
mysterious circumstances =1
hiding something =1.2
what are they hiding =1.5
double standard/standards =1.2
special treatment =1
kid gloves =1.2
free pass =1.2
slap on the wrist =1.2
above the law =1.2
two-tiered/two-tier justice =1.5
dubious =1
complicit/complicity =1.2
dogmatic/dogmatically =1
dogma @prev=liberal|leftist|progressive|conservative|party|ideological|political|woke|green|climate|secular|marxist|free-market|economic|partisan|globalist =1   # a church's dogma is its teaching
incapable =0.8
thankfully/mercifully =0.8
rash @next=decision|decisions|move|moves|actions|action|remarks|statement|statements|promise|promises =1
downplay/downplays/downplayed/downplaying =0.5

[loaded #evaluative =1.2]
# Adverbs of judgement on how someone acts, and anti-establishment labels of
# partisan writing ("unelected bureaucrats", "activist judges").
foolishly =1.2
naively =1
cravenly =2
ignorantly =1.2
hypocritically =1.5
unjustly =1
decadent/decadence =1.2
warped @!prev=wood|board|boards|floor|floors|record|vinyl =1.2
sick and twisted =2
hilarious/hilariously/comical/comically =0.8
unelected @next=bureaucrats|bureaucrat|bureaucracy|judges|officials|elites|elite|technocrats|commissioners =1.5
faceless bureaucrats/bureaucrat/bureaucracy =1.5
activist judge/judges =1.5
legislating from the bench =1.5
career politician/politicians =1
washington insider/insiders =1
government overreach =1.2
trump-hating/trump-hater/trump-haters =2
trump hater/haters =2
left-wing/leftist media/press =1.5
liberal press =1.5

[loaded #evaluative =1.2]
# Idioms of derangement and moral posturing in opinion writing.
lost/lose/loses/losing his/her/their/your mind/minds =1.5
out of his/her/their mind/minds =1.5
self-indulgent/self-indulgence =1.5
blinded by =1.2
grubby =1.5
veritable =0.8
hand-wringing/handwringing =1.2
pearl-clutching =1.5
whataboutism =1.2
ungrateful =1.2

[loaded #evaluative =1.2]
# Character judgements: vanity, cowardice, servility, coarseness, deviousness,
# shallowness; all forms that a neutral report has no use for.
unctuous =1.5
lily-livered/yellow-bellied/chicken-hearted =2
subservient/toadying/brown-nosing/brown-noser/kiss-up =1.5
conceited/egotistical/self-absorbed/self-aggrandizing/self-aggrandizement =1.5
self-serving =1.2
boastful =1.2
cocky =1.2
brash =0.8
abrasive @!next=material|materials|cleaner|cleaners|paper|pad|pads|wheel|wheels =0.8
pugnacious/truculent/obstreperous =1.2
overwrought/histrionic/histrionics =1.5
performative =1
preachy/moralistic/moralizing/moralising =1.2
supercilious/snooty/snotty/uppity =1.5
narrow-minded/small-minded/closed-minded/close-minded =1.5
prejudiced =1
slanted/skewed @next=coverage|reporting|report|story|stories|view|views|narrative|poll|polls =1
untruthful/insincere/insincerity/unprincipled =1.2
ghoulish =1.5
tacky/trashy/cheesy =1.2
shabby @!next=<class-literal-context> =1
gaudy/garish =1
coarse @!next=sand|salt|grain|grains|hair|texture|fabric|material|pepper|powder|gravel =1
boorish/loutish/oafish/churlish =1.5
rude/rudely/rudeness =1
insolent/impudent/impertinent/insolence/impudence =1.5
foolhardy/crackbrained =1.5
imbecilic/cretinous/cretin/cretins =2
obtuse @!next=angle|angles|triangle =1.2
vacuous/vapid/fatuous =1.5
banal/banality/trite/hackneyed/clichéd/cliched =1
overhyped/overrated =1.2

[loaded #hyperbole =1.2]
# Emotive compounds and stock exaggerations ("of biblical proportions").
soul-crushing/spine-chilling/blood-curdling/bloodcurdling/stomach-churning =1.5
hair-raising/nerve-racking/nerve-wracking =0.8
mind-numbing/mind-numbingly =1.2
gut-punch/gut-wrenchingly =1.2
earth-shattering/earthshattering =1.5
cringe-inducing/eye-rolling/head-scratching =1.2
jaw-droppingly =1.5
of epic/biblical/historic proportions =1.5
like never before =1
torpedoed/torpedoing @pos=VERB =1
photo op/ops =1
photo-op/photo-ops =1

[loaded #evaluative =1.2]
# Verbs that describe speech with contempt ("spouting", "parroting",
# "pontificating"): the writer judges the speaker, not the content.
babble/babbled/babbling =1.2
prattle/prattled/prattling =1.5
harp/harped/harping on =1.2
bleat/bleated/bleating/bleats @!prev=sheep|lamb|lambs|goat|goats =1.5
whinge/whinged/whingeing/whinging =1.5
yammer/yammering/yammered =1.5
spout/spouted/spouting/spouts @!prev=water|whale|whales =1.5
parrot/parroted/parroting/parrots @pos=VERB =1.2
regurgitate/regurgitated/regurgitating =1.2
crowed/crowing @!prev=rooster|roosters|cock =1
shrieked/shrieking/squealed/squealing @!prev=tires|tyres|brakes|pigs|pig =1
hectoring/hectored =1.5
sermonize/sermonizing/sermonising =1.5
# "his pontificate" is the papacy: only the verb judges
pontificated/pontificating =1.5
pontificate/pontificates @pos=VERB =1.5

[loaded #evaluative =1]
# "He lied to the American people": the accusation in the author's voice (a
# court report's "lied to investigators" is the charge, so the weight is low).
lied @!next=under|to|about @!after=investigators|agents|fbi|prosecutors|police|court|congress|jury|grand =0.6
lied to/about @!after=investigators|agents|fbi|prosecutors|police|court|congress|jury|grand =0.6
lying @!next=in|on|down|dead|low|at|beside|around|face|there|still|flat|under|next|near|across|by|outside|inside|<punct> @!prev=was|were|been|body|bodies|man|woman|of|to|with|for|admitted|admits|admitting =0.5
unbecoming =1.2
complacent/complacently/complacency =0.8
putrid @!next=smell|odor|odour|water|meat =1.5
vociferous/vociferously =0.8
rofl/lmao/smh =1.5

[loaded #evaluative =1.2]
# Figurative idioms of contempt, futility, trickery and blame (general English
# phrase stock; a wire report has no literal use for them).
under his/her/their/its thumb =1.2
bent/bend/bending over backwards =1
throw/threw/throwing/throws a wrench =1
monkey wrench =1
drag/drags/dragged/dragging his/her/their/its feet =1
hit/hits/hitting the nail on the head =1
making/make/made hay =1
shaking/shook/shake down =1.2
tip of the iceberg =0.8
can of worms =1
pandora's box =1
open/opens/opened/opening the floodgates =1.2
house of cards =1.2
powder keg =1.2
ticking time bomb =1.5
recipe for disaster =1.5
nail in the coffin =1.2
last straw =1
writing on the wall =1
play/plays/played/playing the victim =1.5
crocodile tears =2
sour grapes =1.5
sore loser/losers =2
cry/cried/crying wolf =1.5
sacred cow/cows =1.2
bread and circuses =1.5
fiddling/fiddles/fiddled while rome burns =1.5
lipstick on a pig =2
the emperor has no clothes =1.5
fool's errand =1.5
pie in the sky =1.5
pie-in-the-sky =1.5
pipe dream/dreams =1.5
wishful thinking =1
tempest in a teapot =1.5
storm in a teacup =1.5
much ado about nothing =1.5
mountain out of a molehill =1.5
beating/beat a dead horse =1.5
jumped/jump/jumps the shark =1.5
off his/her/their rocker =2
on the take =1.5
grease/greased/greasing the palms =1.5
line/lines/lined/lining their/his/her/own pockets =1.5
feather/feathering their/his/her own nest/nests =1.5
fox guarding the henhouse/hen house =1.5
hung/hang out to dry =1.2
thrown/threw/throw to the wolves =1.5
fall guy =1.5
sacrificial lamb =1.5
hatchet job/man =2
axe/ax to grind =1.2
chip on his/her/their shoulder =1.2
egg on his/her/their face =1.2
put/puts his/her/their foot in his/her/their mouth =1.2
moving/move/moved the goalposts =1.5
cherry-pick/cherry-picks/cherry-picked/cherry-picking =1.2
straw man/men =1.2
red herring/herrings =1.2
dog whistle/whistles =1.5
dog-whistle/dog-whistles/dog-whistling =1.5
out of both sides of his/her/their mouth =1.5
caught red-handed =1
last gasp =1

[loaded #name-calling =1.2]
# Labels for opponents and their followers (name calling and labeling).
enabler/enablers =1.2
acolyte/acolytes @!prev=altar =1.2
neocon/neocons/neo-con/neo-cons =1.2
arch-conservative/arch-conservatives/arch-liberal/arch-liberals =1.2
ultra-conservative/ultraconservative/ultra-conservatives/ultraconservatives/ultra-liberal/ultraliberal/ultra-liberals/ultraliberals =1
card-carrying =1.2
self-avowed =1
warhawk/warhawks/war-hawk/war-hawks =1.5

[loaded #emotive =1]
# Flag-waving and glorification (Da San Martino et al.: Flag-Waving; praise
# that asks the reader to admire rather than weigh).
selfless/selflessly/selflessness =0.8
beacon of =1
shining example =1
hard-earned @next=money|dollars|cash|tax|taxes|wages|savings|paychecks =1
god-given @next=right|rights|liberty|freedom|freedoms =1
treasonous =1.5

[loaded #evaluative =1.2]
# Colloquial belittling of events and motives ("the whole brouhaha", "reeks of
# desperation", "attention-seeking").
brouhaha/hullabaloo/kerfuffle =1.2
kumbaya =1.2
reek/reeks/reeked/reeking of @!next=smoke|gas|alcohol|urine|sewage|fish|garbage =1.2
smacks/smacked of =1
vendetta/vendettas =1.2
mudslinging/mud-slinging =1.5
sling/slinging/slung mud =1.5
attention-seeking/attention-seeker/attention-seekers/attention-craving/attention-grabbing =1.2
gun-toting =1.2
out of thin air =1.2
