# Context categories: not scored, they feed the engine's rules.

[negator]
not
n't
no
never
nor
neither
nobody
none
nothing
nowhere
without
hardly
scarcely
barely
cannot
lack/lacks/lacked/lacking
far from
by no means
not at all
no longer
fail/fails/failed to
unlikely to

[intensifier]
very
so @next=<cap>
utterly
totally
completely
absolutely
thoroughly
deeply
truly
really
extremely
incredibly
unbelievably
profoundly
downright
outright
hopelessly
wildly
insanely
horribly
terribly
grossly
blatantly
flagrantly
shamelessly
openly
notoriously
viciously
brutally
savagely
wholly
fundamentally
pathologically
irredeemably
staggeringly
breathtakingly
astonishingly
remarkably
exceptionally
especially
particularly
most @next=<cap>
such a/an
the most
so-called
self-proclaimed
self-styled
nothing but
nothing short of
little more than
no better than
an absolute
a complete
a total
a real
a true
a genuine
an utter
a downright
a veritable
an outright

[source]
spokesman
spokeswoman
spokesperson
spokespeople
spokesmen
spokeswomen
press secretary
secretary general
secretary-general
secretary
undersecretary
under secretary
deputy secretary
assistant secretary
minister
prime minister
foreign minister
defense minister
defence minister
interior minister
finance minister
deputy minister
ministry
president
vice president
vice-president
presidential candidate
candidate/candidates
nominee
governor
lieutenant governor
senator/senators
sen.
rep.
gov.
congressman/congressmen
congresswoman/congresswomen
lawmaker/lawmakers
legislator/legislators
representative/representatives
speaker
majority leader
minority leader
whip
chairman/chairmen
chairwoman
chair
chairperson
ceo
cfo
chief executive
chief of staff
executive director
director
deputy director
commissioner
administrator
ambassador/ambassadors
envoy
diplomat/diplomats
consul
attaché
official/officials
officer/officers
aide/aides
adviser/advisers/advisor/advisors
counselor/counsellor
counsel
attorney/attorneys
attorney general
lawyer/lawyers
prosecutor/prosecutors
district attorney
judge/judges
justice
magistrate
sheriff
police chief
police
commander
general
admiral
colonel
lieutenant
sergeant
mayor
councilman/councilwoman/councillor/councilor
analyst/analysts
expert/experts
economist/economists
strategist/strategists
pollster/pollsters
researcher/researchers
scientist/scientists
professor/professors
scholar/scholars
historian/historians
author
writer
journalist/journalists
reporter/reporters
correspondent
columnist
editor
commentator/commentators
pundit/pundits
critic/critics
observer/observers
activist/activists
campaigner/campaigners
organizer/organizers
advocate/advocates
witness/witnesses
resident/residents
source/sources
insider/insiders
leader/leaders
founder
co-founder
head
chief
executive/executives
manager
president-elect
owner
partner
member
members
supporter/supporters
opponent/opponents
voter/voters
protester/protesters
union
campaign
committee
agency
department
office
white house
kremlin
pentagon
state department
the administration
the government
the party
the court
the study
the report
the survey
the poll
chancellor
premier
president's
first lady
king
queen
prince
princess
emperor
pope
cardinal
archbishop
bishop
priest
pastor
rabbi
imam
cleric
ayatollah
supreme leader
sheikh
emir
crown prince
chief justice
justice department
inspector general
solicitor general
surgeon general
special counsel
special prosecutor
independent counsel
investigator/investigators
detective/detectives
trooper
agent/agents
fbi director
cia director
director of national intelligence
national security adviser

communications director
campaign manager
campaign chairman
campaign spokesman
press officer
press office
press aide
regulator/regulators
watchdog
ombudsman
auditor
inspector/inspectors
monitor/monitors
negotiator/negotiators
mediator
delegate/delegates
superdelegate/superdelegates
elector/electors
party chairman
party leader
chief whip
backbencher/backbenchers
mp/mps
mep/meps
parliamentarian/parliamentarians
deputy/deputies
councillors
alderman
state senator
assemblyman/assemblywoman
attorney general's office
white house press secretary

foreign ministry
defense ministry
interior ministry
state media
news agency
broadcaster
newspaper
network

think tank
institute
foundation
spokesperson for
representative for
a source
a person familiar with
people familiar with
a senior official
senior officials
a senior administration official
administration officials
government officials
u.s. officials
western officials
military officials
intelligence officials
law enforcement officials
health officials
election officials
party officials
campaign officials
