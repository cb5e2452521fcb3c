# Word classes read by the attribution linker (src/attribution.cpp, src/speakers.cpp).
# One word per line (inflections with a/b); classes are looked up per token and
# never matched or scored. Sections must be named class-*; docs/LEXICON_FORMAT.md.

# Role and title nouns: a source that is a role ("the secretary said") is
# resolved to the person an earlier mention gave that role; role words before a
# name are not part of the speaker's name ("Secretary Oleksiy Danilov").
[class-role]
spokesman/spokeswoman/spokesperson/spokespeople/spokesmen/spokeswomen
secretary/secretaries/undersecretary
minister/ministers
president/vice-president/president-elect
premier/chancellor
candidate/candidates/nominee
governor/governors
senator/senators
congressman/congressmen/congresswoman/congresswomen
lawmaker/lawmakers/legislator/legislators
representative/representatives
speaker
leader/leaders
chairman/chairmen/chairwoman/chair/chairperson
ceo/cfo/executive/executives
director/directors/commissioner/administrator
# "Chief of Staff Dave Goldfein": the head noun of a titled office
staff
ambassador/ambassadors/envoy/envoys/diplomat/diplomats/consul
official/officials/officer/officers
aide/aides/adviser/advisers/advisor/advisors
counselor/counsellor/counsel
attorney/attorneys/lawyer/lawyers/prosecutor/prosecutors
judge/judges/justice/magistrate/sheriff
chief/commander/general/admiral/colonel/lieutenant/sergeant/captain/major
mayor/councilman/councilwoman/councillor/councilor/alderman
analyst/analysts/expert/experts/economist/economists
strategist/strategists/pollster/pollsters
researcher/researchers/scientist/scientists
professor/professors/scholar/scholars/historian/historians
author/writer/journalist/journalists/reporter/reporters/correspondent/columnist/editor
commentator/commentators/pundit/pundits/critic/critics
activist/activists/campaigner/campaigners/organizer/organizers/advocate/advocates
founder/co-founder/head/manager/owner/partner
king/queen/prince/princess/emperor/pope/cardinal/archbishop/bishop/priest/pastor/rabbi/imam/cleric
inspector/investigator/investigators/detective/agent/regulator/ombudsman/auditor
negotiator/mediator/delegate/delegates/mp/mep/deputy/parliamentarian
recorder/clerk/treasurer/comptroller/coach
comedian/host/anchor/actor/actress/singer/musician/artist/novelist/poet/filmmaker
businessman/businesswoman/billionaire/entrepreneur/investor/banker/tycoon/magnate
doctor/physician/nurse/surgeon/teacher/student/preacher/farmer/soldier
father/mother/son/daughter/husband/wife/brother/sister/widow/neighbor/neighbour/victim

# Honorifics and abbreviated titles: never part of the name of a speaker.
[class-honorific]
mr/mr./mrs/mrs./ms/ms./miss/dr/dr./prof/prof./sir/dame/lord/lady
sen/sen./rep/rep./gov/gov./gen/gen./lt/lt./col/col./sgt/sgt./capt/capt./adm/adm./cmdr/maj/maj.
pres/pres./rev/rev./fr/fr./hon/st
jr/sr

# Abbreviations that end a name ("Joseph Biden Jr.", "Acme Inc."): the period after
# one belongs to the name, not to the sentence.
[class-name-suffix]
jr/sr/inc/corp/co/ltd/llc/plc/bros/cos

# Words that tell a person's gender: the pronoun that refers back to a person, an
# honorific or a role before the name. "she" never resolves to someone named "he"
# or "Mr." before (and the other way round).
[class-male]
he/him/his/himself/mr/mr./spokesman/congressman/chairman/businessman/councilman/assemblyman/anchorman
father/son/brother/husband/uncle/nephew/grandfather/king/prince/sir/lord/boy/man

[class-female]
she/her/hers/herself/mrs/mrs./ms/ms./miss/spokeswoman/congresswoman/chairwoman/businesswoman/councilwoman/assemblywoman/anchorwoman
mother/daughter/sister/wife/aunt/niece/grandmother/queen/princess/dame/lady/girl/woman

# Lower-case particles inside a person's name ("Mike de la Rocha", "Ursula von der
# Leyen"): between two capitalized parts they are part of the name.
[class-name-particle]
de/la/le/du/des/del/della/da/di/dos/das/van/von/der/den/ter/bin/ibn/al/el/y

# Pronouns as sources: resolved to the nearest earlier compatible speaker.
[class-person-pronoun]
he/she

[class-group-pronoun]
they

# First person inside a quotation is the quoted speaker.
[class-first-person]
i/we

# Verbs whose first object is the addressee, not the content: "told reporters
# that ...", "“...,” the mayor told the local paper."
[class-addressee-verb]
tell/tells/told/telling
ask/asks/asked/asking
assure/assures/assured/assuring
inform/informs/informed/informing
remind/reminds/reminded/reminding
warn/warns/warned/warning
urge/urges/urged/urging
advise/advises/advised/advising
convince/convinces/convinced/persuade/persuaded
promise/promises/promised/promising
write/writes/wrote

# Naming verbs: "a movement called Rise", "a town named Hope" name, they do not
# attribute. After a noun phrase with no verb of its own they are no cue.
[class-naming-verb]
called/named/dubbed/titled/nicknamed/labeled/labelled/branded/christened/termed

# Heads of sources that name nobody: a source headed by one of these is
# anonymous even with a proper-noun modifier ("White House officials"). Singular
# institutions ("the Putin government", "the report") are not listed: without a
# name they are anonymous anyway, with one they are named.
[class-vague-source]
official/officials/source/sources/people/person/persons/insider/insiders
expert/experts/analyst/analysts/critic/critics/observer/observers
aide/aides/adviser/advisers/advisor/advisors/staffer/staffers
diplomat/diplomats/officer/officers/employee/employees/member/members
resident/residents/witness/witnesses/someone/somebody/many/some/others/several/few
supporter/supporters/opponent/opponents/voter/voters/activist/activists
lawmaker/lawmakers/legislator/legislators/investigator/investigators
scientist/scientists/researcher/researchers/economist/economists
authorities/documents/reports/studies/surveys/polls/media/groups
everyone/anyone/nobody/individual/individuals/leaders/colleagues/friends/allies

# Capitalized heads of institutions and places: a capitalized run ending in one
# of these is no person's name ("the National Security Council").
[class-not-name]
council/ministry/department/office/agency/committee/commission/court/party
government/administration/house/senate/congress/parliament/assembly/union
university/college/school/institute/foundation/center/centre/association
organization/organisation/corporation/company/bank/fund/group/network/times/post
army/navy/force/forces/police/service/bureau/authority/board/program/programme
conference/convention/church/coalition/alliance/federation/society/chamber/institution
state/states/city/county/republic/kingdom/province/region/nations/news/press
monday/tuesday/wednesday/thursday/friday/saturday/sunday
january/february/march/april/june/july/august/september/october/november/december

# Words right after a cue that start an adjunct, not the reported clause:
# "she said Tuesday", "he said later".
[class-clause-adjunct]
monday/tuesday/wednesday/thursday/friday/saturday/sunday
today/yesterday/tonight/later/earlier/afterward/afterwards/recently/again/repeatedly
once/twice/publicly/privately/separately/simply/softly/quietly/bluntly/flatly/firmly
morning/afternoon/evening/night/overnight
week/weekend/month/year
may
jan/feb/mar/apr/jun/jul/aug/sep/sept/oct/nov/dec
january/february/april/june/july/august/september/october/november/december

# Markers that distance the words after them like scare quotes: "so-called
# experts" is reported as a scare quote (kind so-called) covering "experts".
[class-scare-marker]
so-called/self-styled/self-proclaimed/self-appointed/quote-unquote

# Pronouns that are a subject of their own: a source phrase stops at them
# ("he", "who"), and they are never inside a longer one (possessives are).
[class-subject-pronoun]
i/we/you/he/she/it/they/who/which/that/what/whatever/whoever

# Words that open a relative clause after a noun: "Ron Weiser, who was ..."
# belongs to the source; "who said" has the antecedent before ", who".
[class-relative]
who/whom/whose/which

# Prepositions inside a source noun phrase: "Joel Pollak of Breitbart",
# "a professor at Yale", "Chief Hall with the city police".
[class-np-preposition]
of/for/at/from/with/in/on/by

# Prepositions of time and place adjuncts: "Sen. X (R-Iowa) on Wednesday said"
# (no part of the source), "explained his reasoning in an appearance on CBS"
# (the cue's adjunct, not what was explained); "of", "for", "with" link instead.
[class-time-preposition]
on/in/at

# Words that put the source after the cue: "reported by X", "per X",
# "according to X", "attributed to X".
[class-source-preposition]
by/per/from/according/attributed

# Prepositions that make a cue's object: "bragged about her father", "called
# for him to resign", "warned against cuts" (the words after are the content,
# where "said in an interview" is an adjunct).
[class-topic-preposition]
about/of/for/against

# Occasions of speech: a prepositional phrase headed by one is an adjunct of
# the cue, not part of its source ("Mr Osei in a recent interview with Radio
# Gold said": the source is "Mr Osei").
[class-speech-event]
interview/interviews/statement/statements/speech/speeches/remarks/address/briefing/briefings
conference/conferences/appearance/appearances/broadcast/podcast/post/posts/tweet/tweets
letter/email/e-mail/memo/op-ed/column/editorial/rally/rallies/debate/hearing/testimony
call/calls/video/message/session/meeting/event/town-hall/forum/sermon/lecture
report/reports/transcript/excerpt
release/announcement

# Quantifiers that stand for a noun phrase as a subject ("Many spoke about
# it", "both oppose the formula") or float after a pronoun ("they all vowed").
[class-quantifier]
many/some/both/most/several/few/all/each/others/none/neither/either/half
percent/majority/minority/third/quarter/fraction/share/plurality

# Sources that a sentence-opening "In" introduces: "In a CNN poll released
# Monday, 50 percent chose Clinton". (Documents with authors of their own, "In
# the report, the agency said", are not here: their sentence has its own cue;
# "In his view" is mostly the author's own voice in news annotation.)
[class-evidence-source]
poll/polls/survey/surveys/census/polling

# Forms of "be": "are being warned" is a passive cue, its subject the addressee.
[class-be]
is/are/was/were/be/been/being/'s/'re/am/'m

# Articles: a capitalized run right after one is no person's name ("the
# National Security ..."); a source after a definite one refers to someone.
[class-article]
the/a/an

# Indefinite determiners: "a movement called Rise" names; "a source" is nobody in particular.
[class-indefinite]
a/an/another/any

# The complementizer after a cue: "said that prices will rise" reports "prices will rise".
[class-complementizer]
that

# ", as Grover Norquist described it," attributes the quotation or clause before it.
[class-parenthetical-as]
as

# --- literal senses (used in loaded.lex constraints, not by the linker) ----
# Neutral reporting of weather, disasters, accidents, medicine, sport and
# money uses evaluative words literally: "bad weather", "a weak disturbance",
# "severe flooding", "the fire destroyed", "plane wreckage". Entries write
# `@!next=<class-literal-context>` or `@!prev=<class-literal-cause>`.

[class-literal-context]
# nouns after which an evaluative adjective describes, not judges
weather/conditions/visibility/forecast/climate/temperatures/temperature
storm/storms/winds/wind/gusts/rain/rains/rainfall/snow/snowfall/ice/hail/fog/rainstorm/rainstorms/downpour/downpours/heatwaves/thunderstorm/thunderstorms
flood/floods/flooding/drought/heat/heatwave/cold/frost/disturbance/turbulence/currents/steering/tides/tide/swell/swells
fire/fires/wildfire/wildfires/blaze/earthquake/earthquakes/quake/quakes/tremor/tremors
hurricane/hurricanes/tornado/tornadoes/typhoon/cyclone/erosion
traffic/roads/road/delays/congestion/accident/accidents/crash/crashes/collision/collisions
injury/injuries/infection/infections/symptoms/symptom/pain/headache/headaches/burns/bleeding
illness/disease/diseases/case/cases/outbreak/reaction/reactions/allergy/allergies/asthma/sunburn/cough/flu
back/knee/knees/ankle/ankles/hamstring/shoulder/wrist/concussion/fracture/sprain/eyesight/hearing/heart/liver
luck/start/season/loss/losses/game/games/quarter/inning/innings/defense/defence/offense/form/shot/shots/pass/serve/hit/hits/tackle/tackles
debt/debts/loan/loans/credit/harvest/harvests/crop/crops/yields/sales/earnings/demand/growth/economy/currency
dollar/yen/euro/pound/signal/signals/connection/reception/battery/batteries/odor/odour/smell/taste/breath
acne/sleep/posture/diet/habits/cholesterol/weather-related
# sport: results and records are described, not judged ("their worst defeat")
defeat/defeats/record/records/finish/finishes/performances/losing/streak/slump/stretch/half-time/halftime
damage/damages
# medical adjectives before the noun: "a severe allergic reaction"
allergic/respiratory/abdominal/spinal/brain/head/chest/internal/kidney/lung/skin/cardiac/chronic/acute
# oncology and treatment: "an aggressive cancer", "aggressive treatment"
cancer/cancers/tumor/tumors/tumour/tumours/glioblastoma/leukemia/lymphoma/melanoma/carcinoma/treatment/treatments/therapy/chemotherapy/surgery/strain/strains/variant/variants

[class-literal-cause]
# what literally destroys, wrecks or explodes: "the fire destroyed the barn"
storm/storms/hurricane/hurricanes/typhoon/cyclone/tornado/tornadoes/twister/winds/wind/gale/gales
flood/floods/flooding/floodwaters/rain/rains/rainfall/snow/snowstorm/blizzard/hail/lightning/drought/heat/heatwave
earthquake/earthquakes/quake/quakes/tremor/tremors/tsunami/landslide/landslides/mudslide/avalanche/eruption/volcano
fire/fires/wildfire/wildfires/bushfire/bushfires/blaze/blazes/flames/explosion/explosions/blast/blasts/bomb/bombs/device/devices
missile/missiles/rocket/rockets/shell/shells/shelling/airstrike/airstrikes/strike/strikes/drone/drones/grenade/mine/mines
crash/collision/derailment/accident/plane/aircraft/jet/helicopter/car/cars/vehicle/vehicles/train/ship/boat/vessel/truck/bus
pipeline/boiler/tank/reactor/transformer/battery/gas/pipe
rockslide/rockslides/rocks/boulder/boulders/debris/rubble/tree/trees/roof/ceiling/forklift/elevator

[class-literal-legal]
# nouns of law and crime reporting: "the juvenile justice system", "a defamation
# trial", "the scam's victims" name the offence, they do not judge
justice/court/courts/courthouse/detention/offender/offenders/hall/facility/facilities/system/records/record
crime/crimes/delinquency/delinquent/corrections/probation/case/cases/division/unit/charges/charge/charged
trial/trials/lawsuit/lawsuits/suit/suits/claim/claims/action/law/laws/statute/statutes/investigation/investigators
indictment/indictments/indicted/prosecution/prosecutors/prosecutor/conviction/convicted/counts/victims/victim
ring/rings/scheme/schemes/alert/alerts/warning/warnings/hotline/complaint/complaints/offense/offence/penalty/sentence

[class-literal-object]
# what a storm, fire or war literally destroys: "destroyed hundreds of homes"
homes/home/houses/house/buildings/building/property/properties/crops/crop/vehicles/vehicle/cars/car
city/cities/town/downtown/port/airport/station/stadium/plant/dam/power/grid/electricity/supplies/equipment
bridges/bridge/roads/infrastructure/villages/village/neighborhoods/neighbourhoods/towns/structures/structure
businesses/shops/stores/schools/hospitals/churches/mosques/factories/warehouses/barns/farms/fields/forests/acres
hundreds/thousands/dozens/much/most/part/parts/evidence/records/documents/files/tanks/aircraft/planes/ships/targets
statue/statues/monument/monuments/memorial/memorials/cells/cell/tumor/tumors/tumour/tumours/bacteria/tissue
trees/tree/forest/rainforest/rainforests/neighborhood/neighbourhood/habitat/habitats/bushland/wetlands/reef/reefs

# Peoples and parties: "Central Americans", "the Democrats" are groups, not
# a person's name (a speaker for "he" is never one of them).
[class-people]
americans/europeans/africans/asians/mexicans/canadians/hondurans/guatemalans/salvadorans/cubans/russians/ukrainians/chinese/iranians/israelis/palestinians/arabs/muslims/christians/jews/catholics
democrats/republicans/conservatives/liberals/progressives/socialists/libertarians/independents/tories/democrat/republican

# verbs of saying and thinking whose complement clause is reported: a finite cue of
# thought or intention inside it ("Smith said he wants a recount") is part of
# what is reported, not an attribution of its own (attribution.lex: @!before);
# not passives that also end a relative clause ("after the winner was declared, told ...")
[class-report-verb]
say/says/said/saying/tell/tells/told/telling/wrote/writes/added/adds/noted/notes/argued/argues/insisted/insists/claimed/claims/stated/explained/suggested/acknowledged/admitted/warned/believes/thinks/predicted/indicated/conceded/promised/vowed
