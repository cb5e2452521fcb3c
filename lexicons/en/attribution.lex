# Attribution cues: words and phrases that attribute content (speech, writing,
# thought, belief, intention, perception, evidence) to a source.
# Each verb is listed in all its inflections (base, -s, past, participle, -ing).
# The cue is the verb (or the fixed phrase); sources and contents are found by the engine.

[attribution #speech]
say/says/saying
said @!prev=the|aforementioned|above|above-mentioned
told/tells/telling
add/adds/added/adding @next=<punct>|<quote>|that|in|on|to|during|at|later|afterward|afterwards|he|she|they|it|we|i|that
stated/stating
state/states @next=that @!prev=united|the|a|this|that|every|each|islamic|nation|member|sovereign|home|swing|key
explain/explains/explained/explaining
noted/notes/noting @!prev=a|the|this|that|his|her|their|its|one|hundred|dollar|bank|suicide|final|positive|high|sour|promissory|side|debt|these|those|handwritten|personal|ransom|internal|campaign|briefing
remarked/remarking
commented/commenting
mentioned/mentions/mentioning @!prev=the|above|previously|earlier|already|aforementioned|not|never|barely
announce/announces/announced/announcing
declare/declares/declared/declaring
assert/asserts/asserted/asserting
claimed/claiming @!next=the|a|an|his|her|their|its|<num>|hundreds|thousands|dozens|lives|life|responsibility|victory|credit|asylum|ownership|seats|seat|title|prize|territory|land
insist/insists/insisted/insisting
maintain/maintains/maintained/maintaining @next=that|<punct>|<quote>
contend/contends/contended/contending @next=that|<punct>|<quote>
argue/argues/argued/arguing
reply/replies/replied/replying
responded/responds
answered @next=<punct>|<quote>|that
retort/retorts/retorted/retorting
asked/asking/asks @!prev=frequently|commonly|often|most|the
inquire/inquires/inquired/inquiring
wonder/wonders/wondered/wondering @next=whether|if|how|why|what|who|aloud|<punct>
query/queries/queried/querying @!prev=a|the|search
questioned/questioning @!prev=the|a|by|being|for
wrote/writes
tweeted/tweeting
posted @next=on|that|<punct>|<quote>|online|to
reported @!prev=the|a|an|of|un|under|non @!next=cases|case|crimes|crime|income|earnings|losses|profits|revenue|sales|incidents
reports @next=that|<punct>
reportedly
reveal/reveals/revealed/revealing
disclose/discloses/disclosed/disclosing
confirmed/confirms/confirming @!prev=the|a|be|been|being|no|not|were|was
denied/denies/denying
acknowledge/acknowledges/acknowledged/acknowledging
admitted/admits/admitting @!next=to|into|patients|students|refugees|immigrants|new|members
concede/concedes/conceded/conceding
alleges/alleging/alleged @next=that|<punct>|in
warn/warns/warned/warning @!prev=a|the|this|that|his|her|their|its|early|stark|dire|grim|travel|weather|storm|without|fair|final|no|severe
cautioned/cautions
urge/urges/urged/urging @!prev=an|the|no|strong|sudden|their|his|her
recommended/recommends @!prev=the|a|than|highly
suggested/suggests/suggesting/suggest
proposed/proposing/proposes @!prev=the|a|newly|recently|its|his|her|their @!next=rule|rules|law|laws|budget|regulation|regulations|plan|legislation|bill|changes|change|merger|deal|wall|ban|cuts|tax|amendment|project|pipeline|site|policy|treaty|by
predicted/predicting/predicts
promised/promises/promising @!prev=a|the|his|her|their|its|campaign|broken|empty|land|great|real|of|this|that|these|those|most|more|show|shows|showed|very|less
pledging/pledges @!prev=a|the|his|her|their|its|campaign
vowed/vows/vowing @!prev=a|the|his|her|their|wedding|marriage
swear/swears/swore/sworn/swearing @!next=in
threatened/threatens/threatening @!next=species|with
demanded/demanding @!prev=a|the|in|more|very|most|less|physically|highly
called/calls/calling @next=for|on|him|her|them|it|the|this|that|a|an|his|their|trump|obama|clinton|himself|herself|themselves|<quote>|upon|out|into|<cap>
state/states/stated in a statement
in a/an statement/interview/letter/email/e-mail/op-ed/memo/speech/tweet/filing/essay/column/editorial
in a press/news release/conference/briefing
in a blog post
in remarks/comments/statements
speaking on condition of anonymity
on condition of anonymity
who spoke on condition of anonymity
told reporters
said in a statement
according to
as reported by/in
reported by
as quoted by/in
quoted by/in/as
quoted/quoting
cited/cites/citing @!prev=most|frequently|widely|often|commonly
point/points/pointed/pointing out
point/points/pointed/pointing to @!prev=the|a|one|this|that|key|boiling|starting|turning|talking
lament/laments/lamented/lamenting
complain/complains/complained/complaining
protest/protests/protested/protesting @next=that|<punct>|<quote>
object/objects/objected/objecting @next=to|that
boast/boasts/boasted/boasting
brag/brags/bragged/bragging
concur/concurs/concurred/concurring
agreed/agrees @!next=to|deal|upon|on|in|with
disagreed/disagrees
echo/echoes/echoed/echoing @!prev=an|the|of
repeated/repeating @!next=offender|offenders|attempts|efforts|calls|times|violations|warnings|attacks
reiterate/reiterates/reiterated/reiterating
stress/stresses/stressed/stressing @next=that|the|<punct>|<quote>|his|her|their|its|how|what|a
emphasize/emphasizes/emphasized/emphasizing/emphasise/emphasises/emphasised/emphasising
underscore/underscores/underscored/underscoring
highlighted/highlighting
observed @next=that|<punct>
recalled/recalls/recalling @!prev=a|the|total|product|election|vehicle|massive|be|been|being|was|were
recounted
described/describes/describing @!next=above|below|earlier|in|here
characterized/characterizes/characterised @!prev=be|is|are|was|were|been
dubbed
labeled/labelled @!prev=the|a|clearly|properly
branded
accused/accuses/accusing @!prev=the|an|of|his|her|their
charge/charges/charged/charging @next=that
blamed/blaming/blames @!prev=the|no|of
criticized/criticizes/criticizing/criticise/criticised/criticising/criticize
condemned/condemns/condemning @!prev=the|a|be
denounce/denounces/denounced/denouncing
slam/slams/slammed/slamming @!next=dunk|door|dunks
blast/blasts/blasted/blasting @!prev=a|the|bomb|of|massive|powerful
attacked @next=<cap>|him|her|them|the|his|her|their|republicans|democrats|critics
lash/lashes/lashed/lashing out
rip/rips/ripped/ripping into
mock/mocks/mocked/mocking
ridicule/ridicules/ridiculed/ridiculing
deride/derides/derided/deriding
scoff/scoffs/scoffed/scoffing
dismiss/dismisses/dismissed/dismissing @!next=charges|charge|case|lawsuit|suit|claims|indictment
rejected/rejecting/rejects @!prev=the|a
disputed @!prev=the|a|of|in @!next=territory|region|islands|area|border
refute/refutes/refuted/refuting
rebut/rebuts/rebutted/rebutting
countered
contradict/contradicts/contradicted/contradicting
praised/praises/praising @!prev=the|of|high|much|with|lavish|effusive
hailed/hailing @!prev=the|of
applauded/applauds/applauding
commended
thanked/thanking
congratulated
welcomed @!prev=a|the|warmly
endorsed/endorses/endorsing @!prev=the|an|be|been|being|officially
supported @!prev=the|a|an|of|by|federally|publicly|state
opposed/oppose/opposes @!prev=as|diametrically
favored/favoured @!prev=a|the|heavily|strongly
requested @!prev=a|the|as|of
plead/pleads/pleaded/pled/pleading
beg/begs/begged/begging @!next=the|question
implore/implores/implored/imploring
appealed @next=to|for
ordered @!prev=the|a|court|court-ordered|well|newly @!next=by
instructed
informed @!prev=well|better|ill|the|an|more|less|poorly|fully|<punct>
notified
briefed
assure/assures/assured/assuring
reassure/reassures/reassured/reassuring
testified/testifies/testifying
tout/touts/touted/touting
boast/boasts/boasted/boasting
exclaim/exclaims/exclaimed/exclaiming
shouted/shouting
yelled
screamed
chant/chants/chanted/chanting
whispered
muttered
joked
quipped
mused
sighed
snapped @next=<punct>|<quote>|at|back
gushed
fumed
rail/rails/railed/railing against
spoke/speaks/speaking of/about/out
talked/talks/talking about/of
discussed/discussing @!prev=the|a|be|been|being|was|were|widely|much|previously|above|frequently
proclaimed/proclaims
pronounced @next=<punct>|<quote>|that|him|her|it|the|himself|herself
affirmed
reaffirmed
assert/asserts/asserted/asserting
signaled/signalled @next=that|<punct>|his|her|their|its
hint/hints/hinted/hinting @!prev=a|the|no|any|slightest|faintest|without|little|some
implied/implying
indicated/indicating
estimated/estimates @next=that|<num>|the|<punct> @!prev=the|an|by|official
concluded/concludes/concluding
ruled @next=that
confess/confesses/confessed/confessing
apologize/apologizes/apologized/apologizing/apologise/apologises/apologised/apologising
lied @next=about|to
mislead/misleads/misled/misleading @next=the|americans|voters|congress|investigators|the|people|us|the|public
speculate/speculates/speculated/speculating
theorize/theorizes/theorized/theorizing
hypothesize/hypothesizes/hypothesized/hypothesizing
posit/posits/posited/positing
conjecture/conjectures/conjectured
surmise/surmises/surmised
vent/vents/vented/venting
voiced/voicing
expressed/expressing/expresses @!prev=the|an|as|pony|american|orient|vodafone
sound/sounds/sounded/sounding the alarm
float/floats/floated/floating the idea/possibility/notion
make/makes/made/making the case/claim/argument/point
put/puts/putting it
made clear/plain
make/makes/making clear/plain @!next=the
go/goes/went/gone on to say
go/goes/went/gone so far as to
went on record
on the record
off the record
signaled/signalled/signals/signal that
was asked/quoted/told/informed
were asked/quoted/told/informed
when asked
asked about/whether/if
asked by
responding to
referring to
in reference to
commenting on
speaking about/of
in the words of
in the view of
in the opinion of
from the perspective of
from his/her/their point of view
the way he/she/they put/puts it
as he/she/they put/puts it
as he/she/they/it said/noted/wrote/explained/told/puts/put
as someone/one put it

[attribution #thought]
thinks @!prev=who|nobody|no|one @!next=tank|tanks
think/thinks/thought that
believes/believed/believe that
believes @!prev=who
believe/believes/believed/believing @prev=i|we|they|he|she|democrats|republicans|voters|americans|officials|experts|analysts|many|some|most|people|critics|investigators|authorities|scientists|economists
knows/knew/know that
wants/wanted to @prev=he|she|they|trump|clinton|obama|sanders|cruz|rubio|bush|republicans|democrats|who|administration|president|voters|also|really|still
suspect/suspects/suspected that
doubt/doubts/doubted that
assumed/assumes that
realized/realizes/realised @next=that|<punct>|how|what
recognized/recognizes @next=that|how
understood/understands @next=that|how
learned/learnt @next=that|of|about|<punct>
discovered @next=that|<punct>
feared/fears/fear that
fearing
feared @!prev=the|most|long|widely
worry/worries/worried that
worried/worries @next=about|that
is/are/was/were worried/concerned/hopeful/optimistic/skeptical/sceptical/doubtful/convinced/confident/adamant/unconvinced/persuaded @next=that|about
hopes/hoped/hoping @!prev=the|his|her|their|its|our|presidential|white|house|my|your|with|high|dashed|raised|raise|raising|pinned|pin|pins @!next=of|for|are|were|and|<punct>
hope that
expected/expecting @!prev=than|as|life|the|an|be|been|being @!next=value|returns
is/are/was/were expected to
is/are/was/were widely expected/believed/seen/regarded/considered/viewed/thought
sought/seeking/seeks @!prev=most|the|much|highly|sought-after
is/are/was/were seen as
sees/saw @next=that|it|as|him|her|them|this|a|no|little|nothing|<punct>|himself|herself|themselves
remembered/remembers @next=that|how|<punct>|when
imagined @next=that|how|<punct>
envisioned/envisions
mused
wondered/wondering @next=whether|if|how|why|what|aloud|<punct>
seem/seems/seemed to
seemed/seems @next=<punct>|that|likely|unlikely|certain|sure|clear|poised|set|ready|determined|eager|keen|willing|reluctant|intent|confident|convinced|uncertain|unsure|open|bound|increasingly|headed|destined|inclined|interested|unconcerned|unfazed|like|as
appear/appears/appeared to
appears/appeared @next=that|<punct>|likely|unlikely|poised|set|certain|ready|determined|eager|keen|willing|reluctant|confident|open|unfazed|unconcerned|frustrated
is/are/was/were believed/thought/said/reported/alleged/rumored/rumoured/understood/known/considered/feared/presumed/supposed/deemed to
it is/was believed/thought/understood/said/reported/alleged/claimed/known/feared/hoped/expected/estimated/rumored/rumoured
it has/had been reported/said/alleged/claimed/suggested/argued

[attribution #phrase]
sources say/said/says/tell/told/close
officials say/said/says/told/tell/believe/believed/suspect/fear/expect
experts say/said/believe/warn/warned/suggest/argue/estimate/agree/fear/predict
analysts say/said/believe/warn/warned/suggest/argue/estimate/expect/predict/agree
critics say/said/argue/argued/contend/charge/claim/complain/warn/note
observers say/said/believe/note
supporters say/said/argue/argued/believe/claim
opponents say/said/argue/argued/believe/claim/contend
polls show/showed/shown/suggest/suggested/indicate/indicated/find/found
poll/survey/study/report/data/research/analysis/investigation/audit/review shows/showed/shown/suggests/suggested/indicates/indicated/finds/found/concludes/concluded/reveals/revealed/estimates/estimated/says/said/notes/noted/claims/claimed/states/stated
studies/reports/data/surveys/records/documents/polls/figures/numbers/statistics show/showed/suggest/suggested/indicate/indicated/find/found/reveal/revealed
show/shows/showed/shown/showing that
showed/shows/show @prev=poll|polls|survey|surveys|data|study|studies|records|documents|figures|numbers|statistics|report|reports|research|analysis|evidence|results|footage|video|photos|images|filings|emails|tapes|transcripts|polling|estimates
suggest/suggests/suggested/suggesting that
indicate/indicates/indicated that
demonstrate/demonstrates/demonstrated/demonstrating that
prove/proves/proved/proven/proving that
find/finds/found that
reveal/reveals/revealed that
made it clear/plain
make/makes/making it clear/plain
declined to comment/say/elaborate/discuss/answer/specify/confirm/respond/name/provide/identify/disclose/address/detail/speculate/explain/reveal
refused to comment/say/elaborate/discuss/answer/specify/confirm/respond/name/provide/identify/disclose/address/detail/speculate/explain/reveal
did not/n't respond to
did not/n't return
could not be reached for comment
continued @next=<punct>|<quote>
went on @next=<punct>|<quote>|to
defended/defends/defending @!prev=the|a|be|been|being|was|were|title
decried/decries/decrying
reminded/reminds @next=<punct>|<quote>|that|reporters|the|voters|them|him|her|us|everyone|supporters|listeners|viewers|readers|audiences|the
portrayed/portrays/portraying @!prev=be|was|were|been|being|is|are
emailed/e-mailed
challenged @next=<cap>|him|her|them|the|his|her|their|that
: @next=<quote> @prev=said|says|added|wrote|tweeted|told|stated|declared|explained|<cap>|statement|reads|read|argued|noted|asked|warned|continued|insisted|replied|responded|announced|posted
read @prev=statement|letter|sign|signs|message|tweet|post|note|headline|banner|banners|placard|placards|memo|release|report|complaint|order|ruling|caption|text|email|e-mail @next=<punct>|<quote>|in
reads @next=<punct>|<quote>|in
titled/entitled @next=<quote>
