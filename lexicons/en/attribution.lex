# Attribution cues: words and phrases that attribute content (speech, writing,
# thought, belief, intention, perception, evidence) to a source.
# Verbs list the inflections that are reliable cues in news text (measured on
# annotated news; e.g. "said" always, bare "think" only outside first-person quotes).
# The cue is the verb (or the fixed phrase); sources and contents are found by the engine.

[attribution #speech]
says/saying
say @!prev=to|can|could|would|will|'ll|'d|let|let's|must|should|might|may|cannot|i|you|just|ever @!next=<punct>
say @next=,|. @!prev=<punct>|to|can|could|would|will|'ll|'d|let|let's|'s|must|should|might|may|cannot|i|you|we|they|it|just|ever|n't|not|never   # "..., tech executives say, they ..."
say that
said @!prev=the|aforementioned|above|above-mentioned|that
said @prev=that @!next=,   # "a sign that said “...”", not the idiom "That said, ..."
said @prev=that @next=, @after=<quote>
telling @!prev=<det>|most|more|very|particularly|especially|perhaps|other|equally|less @!next=sign|signs|insight|moment|detail|details|example|examples|indicator|response|responses|promise|of|in|<punct>   # not the adjective ("a telling sign", "most telling") or the noun ("his telling of")
told/tells @!clause-before=<class-report-verb>
add/adds/added/adding @next=<punct>|<quote>|that|in|on|during|at|later|afterward|afterwards|he|she|they|it|we|i
added/adds @prev=<quote>   # "“...,” added a New Hampshire Democrat"
added/adds @prev=<end> @next=<cap>   # "Added Arnold Schwarzenegger on Twitter, “...”"
added/adds @next=when|while|as|after|before|with @!prev=<det>
stated/stating
explain/explains/explained/explaining
noted/notes/noting @!prev=<det>|one|hundred|dollar|bank|suicide|final|positive|high|sour|promissory|side|debt|handwritten|personal|ransom|internal|campaign|briefing
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
asking @!prev=frequently|commonly|often|most|the @!next=for
asked/asks @!prev=frequently|commonly|often|most|the @!next=for @!clause-before=<class-report-verb>
inquire/inquires/inquired/inquiring
wonder/wonders/wondered/wondering @next=whether|if|how|why|what|who|aloud|<punct>
query/queries/queried/querying @!prev=a|the|search
questioned/questioning @!prev=the|a|by|being|for
wrote/writes
tweeted/tweeting
tweets @prev=<cap>|he|she|also|president @next=:|that|<quote>   # "Trump Tweets: ..." (a headline), "she tweets that"; not "his tweets"
posted @next=on|that|<punct>|<quote>|online|to @!prev=video|videos|message|messages|statement|statements|wishes|article|articles|photo|photos|picture|pictures|clip|clips|image|images|comment|comments|note|notes|letter|letters|listing|listings|are|being
reported @!prev=the|a|an|of|un|under|non @!next=cases|case|crimes|crime|income|earnings|losses|profits|revenue|sales|incidents|from   # not the reporter's byline "X reported from Paris"
reports @next=that|<punct> @prev=<cap>|he|she|it|also|who|which|now|later|first|reportedly|newspaper|paper|agency|station|network|magazine|outlet|site|website|channel|daily|tabloid|broadcaster|correspondent|reporter @!prev=fec|commission|amid|after|despite|following|of|on|to|about|from|with|by|in|over|given|denying|citing|the|new|recent|latest|early|earlier|these|those|such|local   # "CBS News reports that ...", not "amid reports that ...", "FEC reports."
reportedly
reveal/reveals/revealed/revealing
disclose/discloses/disclosed/disclosing
confirmed/confirms/confirming @!prev=the|a|be|been|being|no|not|were|was
denied/denies
acknowledge/acknowledges/acknowledged/acknowledging
admitted/admits/admitting @!next=to|into|patients|students|refugees|immigrants|new|members
concede/concedes/conceded/conceding
alleges/alleging/alleged @next=that|<punct>|in
warn/warns/warned/warning @!prev=<det>|early|stark|dire|grim|travel|weather|storm|without|fair|final|no|severe
cautioned/cautions
urge/urges/urged/urging @!prev=an|the|no|strong|sudden|their|his|her
recommended/recommends @!prev=the|a|than|highly
suggested/suggests/suggesting/suggest
proposed/proposing/proposes @!prev=the|a|newly|recently|its|his|her|their @!next=rule|rules|law|laws|budget|regulation|regulations|plan|legislation|bill|changes|change|merger|deal|wall|ban|cuts|tax|amendment|project|pipeline|site|policy|treaty|by
predicted/predicting/predicts
promising @!prev=<det>|campaign|broken|empty|land|great|real|of|most|more|show|shows|showed|very|less
promised/promises @!prev=<det>|campaign|broken|empty|land|great|real|of|most|more|show|shows|showed|very|less @!clause-before=<class-report-verb>
vowed/vows/vowing @!prev=a|the|his|her|their|wedding|marriage
swear/swears/swore/sworn/swearing @!next=in
threatened/threatens/threatening @!next=species|with
demanding @!prev=a|the|in|more|very|most|less|physically|highly
demanded @!prev=a|the|in|more|very|most|less|physically|highly @!clause-before=<class-report-verb>
called @!prev=<be>|so|so-|so-called|pac|account|blog|page|committee|ad|video|hashtag|event|conference|effort|network|caucus|coalition|foundation|fund|center|institute|feature|series|segment|a|an|the|another|one|something|someone|thing|things|what|formerly|also|aptly|appropriately|often|commonly|sometimes|now|simply|company|group|film|book|program|programme|project|movie|show|place|town|city|village|dog|cat|band|song|album|organization|organisation|firm|initiative|bill|website|site|app|plan|report|document|campaign|operation|system|party|station|newspaper|magazine|game|novel|tool @!next=off|up|in|into|back|and @!clause-before=<class-report-verb>   # not naming ("a super PAC called Future 45"), nor "called back", "called into a show"
called/calls/calling out @!prev=<be>|so|a|an|the @next=<cap>|him|her|them|his|their|its|the|those|people|critics|media|press|reporters|officials|democrats|republicans   # "bishops called out Bannon over his comments": criticized
calls/calling @next=for|on|him|her|them|it|the|this|that|a|an|his|their|himself|herself|themselves|<quote>|upon|out|into|<cap>
state/states/stated in a statement
speaking on condition of anonymity
on condition of anonymity
who spoke on condition of anonymity
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
protest/protests/protested/protesting @next=that|<punct>|<quote> @pos=VERB   # not the noun: "drew protests."
object/objects/objected/objecting @next=to|that
boast/boasts/boasted/boasting
brag/brags/bragged/bragging
concur/concurs/concurred/concurring
agreed/agrees @!next=to|deal|upon|on|in|with
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
attacked @next=<cap>|him|her|them|the|his|their|republicans|democrats|critics
lash/lashes/lashed/lashing out
rip/rips/ripped/ripping into
mock/mocks/mocked/mocking
ridicule/ridicules/ridiculed/ridiculing
deride/derides/derided/deriding
scoff/scoffs/scoffed/scoffing
dismiss/dismisses/dismissed/dismissing @!next=charges|charge|case|lawsuit|suit|claims|indictment
rejecting @!prev=the|a
rejected/rejects @!prev=the|a @!clause-before=<class-report-verb>
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
welcomed @!prev=a|the|warmly @!clause-before=<class-report-verb>
endorsed/endorses/endorsing @!prev=the|an|be|been|being|officially
opposed/oppose/opposes @!prev=as|diametrically @!clause-before=<class-report-verb>|whether
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
assure/assures/assured/assuring
reassure/reassures/reassured/reassuring
testified/testifies/testifying
tout/touts/touted/touting
exclaim/exclaims/exclaimed/exclaiming
interject/interjects/interjected/interjecting
shouted
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
spoke/speaks/speaking about/out
spoke/speaks of
# "Speaking of slaves, these are ...": opening a sentence it changes the topic
speaking of @!prev=<end>
talked/talks/talking about/of
discussed/discussing @!prev=the|a|be|been|being|was|were|widely|much|previously|above|frequently
proclaimed/proclaims
pronounced @next=<punct>|<quote>|that|him|her|it|the|himself|herself
affirmed
reaffirmed
signaled/signalled @next=that|<punct>|his|her|their|its
hint/hints/hinted/hinting @!prev=a|the|no|any|slightest|faintest|without|little|some
implied/implying
indicated/indicating
estimated/estimates @next=that|<num>|the|<punct> @!prev=the|an|by|official
concluded/concludes/concluding
ruled @next=that
confess/confesses/confessed/confessing
apologize/apologizes/apologized/apologizing/apologise/apologises/apologised/apologising
mislead/misleads/misled/misleading @next=the|americans|voters|congress|investigators|people|us|public
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
go/goes/went/gone on to say
go/goes/went/gone so far as to
went on record
signaled/signalled/signals/signal that
was asked/quoted/told/informed
when asked
asked about/whether/if
asked by
referring to
in reference to
commenting on
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
think/thinks @!prev=(|i|n't|not|you|to|do|would|'d|just|really|we|the|a|of|new|critical|wishful|group|conventional|clear|strategic|school|outside|way|ways|his|her|their|its|our|current|lateral|original|positive|creative|independent|magical|political|second|on|much|more|less|without|after|some|any|careful|deep|free @!next=tank|tanks|piece|pieces|of|about|outside|twice|back|up|through|so @!clause-before=<class-report-verb>|whether
believe/believes @!prev=i|n't|not|you|do|would|'d|just|really|we|to|make|hard|difficult|cannot|can't|reason|reasons|make-believe @!clause-before=<class-report-verb>|whether @!next=me   # not the interjection "believe me"
suspect/suspects/suspected that @!clause-before=<class-report-verb>|whether
doubt/doubts/doubted that @!prev=no|without|little|any|some|beyond|of|a|the|reasonable @!clause-before=<class-report-verb>|whether
assumed/assumes that @!clause-before=<class-report-verb>|whether
realized/realizes/realised @next=that|<punct>|how|what @!clause-before=<class-report-verb>|whether
recognized/recognizes @next=that|how @!clause-before=<class-report-verb>|whether
learned/learnt @next=that|of|about|<punct> @!clause-before=<class-report-verb>|whether
discovered @next=that|<punct> @!clause-before=<class-report-verb>|whether
feared/fears/fear that @!clause-before=<class-report-verb>|whether
fearing
feared @!prev=the|most|long|widely @!clause-before=<class-report-verb>|whether
worry/worries/worried that @!clause-before=<class-report-verb>|whether
is/are/was/were worried/concerned/hopeful/optimistic/skeptical/sceptical/doubtful/convinced/confident/adamant/unconvinced/persuaded @next=that|about @!clause-before=<class-report-verb>|whether
hoping @!prev=<det>|presidential|white|house|with|high|dashed|raised|raise|raising|pinned|pin|pins @!next=of|for|are|were|and|<punct>
hopes/hoped @!prev=<det>|presidential|white|house|with|high|dashed|raised|raise|raising|pinned|pin|pins @!next=of|for|are|were|and|<punct> @!clause-before=<class-report-verb>|whether
expecting @!prev=than|as|life|the|an|be|been|being @!next=value|returns
expected @!prev=than|as|life|the|an|be|been|being @!next=value|returns @!clause-before=<class-report-verb>|whether
is/are/was/were expected to @!clause-before=<class-report-verb>|whether
is/are/was/were widely expected/believed/seen/regarded/considered/viewed/thought @!clause-before=<class-report-verb>|whether
seeking @!prev=most|the|much|highly|sought-after|those|anyone|anybody|people|donors|investors|companies|firms|emails|calls|others|governors|candidates|lawmakers|immigrants|refugees|families|migrants|applicants|groups @!after=presidency|nomination|reelection|re-election|office|term|seat|work   # not a reduced relative naming who seeks ("donors seeking favors", "anyone seeking refuge")
sought/seeks @!prev=most|the|much|highly|sought-after @!clause-before=<class-report-verb>|whether @!after=presidency|nomination|reelection|re-election|office|term|seat|work   # seeking an office or work is a candidacy, no stance
is/are/was/were seen as @!clause-before=<class-report-verb>|whether
sees @next=that|it|as|him|her|them|this|a|no|little|nothing|<punct>|himself|herself|themselves|the @!clause-before=<class-report-verb>|whether
remembered/remembers @next=that|how|<punct>|when @!clause-before=<class-report-verb>|whether
imagined @next=that|how|<punct> @!clause-before=<class-report-verb>|whether
envisioned/envisions @!clause-before=<class-report-verb>|whether
wondering @next=whether|if|how|why|what|aloud|<punct>
wondered @next=whether|if|how|why|what|aloud|<punct> @!clause-before=<class-report-verb>|whether
it is/was believed/thought/understood/said/reported/alleged/claimed/known/feared/hoped/expected/estimated/rumored/rumoured @!clause-before=<class-report-verb>|whether
it has/had been reported/said/alleged/claimed/suggested/argued @!clause-before=<class-report-verb>|whether

[attribution #phrase]
say/said/says/tell/told/close @prev=sources
say/said/says/told/tell/believe/believed/suspect/fear/expect @prev=officials
say/said/believe/warn/warned/suggest/argue/estimate/agree/fear/predict @prev=experts
say/said/believe/warn/warned/suggest/argue/estimate/expect/predict/agree @prev=analysts
say/said/argue/argued/contend/charge/claim/complain/warn/note @prev=critics
say/said/believe/note @prev=observers
say/said/argue/argued/believe/claim @prev=supporters
say/said/argue/argued/believe/claim/contend @prev=opponents
show/showed/shown/suggest/suggested/indicate/indicated/find/found @prev=polls
shows/showed/shown/suggests/suggested/indicates/indicated/finds/found/concludes/concluded/reveals/revealed/estimates/estimated/says/said/notes/noted/claims/claimed/states/stated @prev=poll|survey|study|report|data|research|analysis|investigation|audit|review
show/showed/suggest/suggested/indicate/indicated/find/found/reveal/revealed @prev=studies|surveys|records|documents|figures|numbers|statistics
show/shows/showed/shown/showing that
showed/shows/show @prev=poll|polls|survey|surveys|data|study|studies|records|documents|figures|numbers|statistics|report|reports|research|analysis|evidence|results|footage|video|photos|images|filings|emails|tapes|transcripts|polling|estimates
suggest/suggests/suggested/suggesting that
indicate/indicates/indicated that
demonstrate/demonstrates/demonstrated/demonstrating that
find/finds/found that
reveal/reveals/revealed that
made it clear/plain
make/makes/making it clear/plain

[attribution #speech]
# refusals, continuations and frames that introduce quotations (colon before a quote)
declined/declines/declining @!next=by|in|from|sharply|slightly|steadily|significantly|<num>|over|since|during|for|after|as|further
refused/refuses/refusing @!next=entry|service|admission|asylum|treatment
did not/n't respond to
did not/n't return
could not be reached for comment
continued @!next=unabated|apace|to|on|in|at|for|through|into|until|its|their|his|her|the|a|an|with|rise|growth|support|existence|operation|operations|presence|use|decline|fighting|violence|efforts|effort|funding|expansion|production|investment|dominance|dialogue|pressure|threat|threats|military
continued @next=on @prev=<cap>|he|she|they @before=<quote>   # "“...,” Bannon continued on CBS's show": a quotation goes on (not "he continued on the path")
continued/continues to @prev=<pron>|<cap>|who|also|and|has|have|had|then @next=<class-report-verb>|question|questioning|suggest|portray|complain|assert|express|insist|defend|deny|attack|criticize|blame|praise|tout|warn|mock|urge|argue|accuse|dismiss|downplay|hammer|needle|push|call|press|reject|blast|slam|lambaste|deride|taunt|tweet   # "Trump continued to question ...": going on saying
went on @next=,|:|<quote>|to
sounded/sounds/sounding @next=a|an|the @after=note|notes|alarm|alarms|warning|warnings|theme|tone   # "he sounded a rare note of self-deprecation": a speech act
delivered/delivers/delivering @next=a|an|the|his|her|their @after=defense|defence|critique|promise|retort|tirade|rebuke|warning|attack|broadside|rebuttal|denunciation|plea|pitch|apology|ultimatum|condemnation|indictment|reprimand|scolding|lecture   # what is delivered is said ("delivered a critique of X"; not "delivered a speech")
defended/defends/defending @!prev=the|a|be|been|being|was|were|title
decried/decries/decrying
reminded/reminds @next=<punct>|<quote>|that|reporters|the|voters|them|him|her|us|everyone|supporters|listeners|viewers|readers|audiences
portrayed/portrays/portraying @!prev=<be>
emailed/e-mailed
challenged @next=<cap>|him|her|them|the|his|their|that
: @next=<quote> @prev=said|says|added|wrote|tweeted|told|stated|declared|explained|<cap>|statement|reads|read|argued|noted|asked|warned|continued|insisted|replied|responded|announced|posted
: @next=<end> @prev=<class-speech-event>   # "Fox News report:" closing a paragraph before the block it quotes
read @prev=statement|letter|sign|signs|message|tweet|post|note|headline|banner|banners|placard|placards|memo|release|report|complaint|order|ruling|caption|text|email|e-mail @next=<punct>|<quote>|in
reads @next=<punct>|<quote>|in
states @prev=<class-speech-event>|document|documents|ad|law|constitution|bill|order|text|book|website|policy|rule|verse|passage|amendment|platform|resolution|complaint|lawsuit|indictment|filing|motion|agreement|contract|notice @next=<punct>|<quote>|that   # "..., the announcement states." (the tagger often makes it a noun)
read @prev=<quote>|which|it @next=<punct>|<quote>|the|one|a   # "“...,” read one.", "a sign which read “...”"
titled/entitled @next=<quote>

[attribution #evidence]
# findings and documents that show or state something
in @prev=<end>   # "In a CNN poll released Monday, ...": a cue only before a <class-evidence-source> (the linker checks)
finds @next=that|<punct>|no|little|evidence|him|her|them|it|the|a|an|what|nothing|himself|herself|themselves @prev=study|studies|poll|polls|survey|surveys|report|reports|analysis|review|audit|investigation|investigators|researchers|scientists|court|judge|jury|panel|inspector|committee|commission|probe|inquiry|he|she|they|we|also|and|who|has|have|had
showed/shows @!prev=<det>|tv|television|talk|game|reality|news|cooking|cable|radio|other|two|three|several @!next=up|off|out|business|respect|support|disregard|restraint|remorse|compassion|courage|leadership|solidarity|mercy|appreciation|gratitude|contempt|deference
showing @!prev=<det>|tv|television|talk|game|reality|news|cooking|cable|radio|other|two|three|several|strong|weak|poor|solid|dismal|disappointing|surprising|impressive|best|worst|'s|percent|place|second-place|third-place|first-place|early|good|better|bad|lackluster|decent|respectable @!next=up|off|out|business|respect|support|disregard|restraint|remorse|compassion|courage|leadership|solidarity|mercy|appreciation|gratitude|contempt|deference @pos=VERB   # not "a strong showing"
offered/offers/offering @next=<punct>|<quote>|a|an|no|his|her|their|its|up|praise|support|condolences|thoughts|prayers|few|little|some|similar|sharp|strong|words|the|assurances|advice|details|evidence @!prev=<be>

[attribution #speech]
claim/claims @prev=his|her|their|its|the|a|these|those|such|false|unfounded|baseless|dubious|unsubstantiated|similar|repeated|earlier|latest|new|this|that @!next=to|of|on|for|against|in|process|form|forms|filed
claims @prev=he|she|it|who|which|also|now|still|falsely|wrongly|and
claims/claimed @next=that|<quote>|he|she|it|they|we|i|to @!prev=<det>|his|her|their|its|our|my|your|'s|such|false|these|those   # not "ISIS claims the attack"
claim @pos=VERB @next=that|to|<quote>|he|she|it|they|we @!prev=to|lay|staked|stake
claim @pos=VERB @next=,|. @prev=<pron>|now|still|also|often|falsely|wrongly|some|critics|opponents|supporters|officials|enablers|democrats|republicans|people|others|many   # "..., the critics now claim, because ..." (not "lay claim", "a claim.")
criticism/criticisms of/from/over/that

[attribution #stance]
# support, opposition, intention and preference attributed to a source
decided/decides @next=to|that|against|not|whether|<punct> @!clause-before=<class-report-verb>|whether
planning to @prev=he|she|they|who|which|also|now|still|and|administration|campaign|company|party|government|officials|republicans|democrats|committee|president
plans to @prev=he|she|they|who|which|also|now|still|and|administration|campaign|company|party|government|officials|republicans|democrats|committee|president @!clause-before=<class-report-verb>|whether
signed @next=a|an|the|on|off|onto|<punct> @!prev=<be>|the|a|freshly|recently|newly|jointly|personally @!clause-before=<class-report-verb>|whether
endorsement of
voted for/against @!clause-before=<class-report-verb>|whether
would vote for/against @!clause-before=<class-report-verb>|whether
would like to @!clause-before=<class-report-verb>|whether
would prefer @!clause-before=<class-report-verb>|whether
prefers/preferred @!next=stock|shares|provider|vendor|method|option|candidate|choice|destination|partner @!clause-before=<class-report-verb>|whether

[attribution #speech]
questions about/over
raised questions/doubts/concerns/alarm/objections
has/have/had voiced/expressed
expressed/expressing concern/concerns/support/hope/doubts/skepticism/frustration/outrage/regret/sympathy/confidence/interest/disappointment/dismay/opposition
: @next=<quote> @prev=<cap>|<punct>
: @next=<quote> @prev=him|her|them|it|this|that|reporters|us|me|statement|tweet|post|interview|radio|television|tv|briefing|speech|rally|audience|crowd|supporters|letter|note|message|ad|website|conference|announcement|release|show
worry/worries/worried @next=that|about @prev=he|she|they|we|i|who|also|many|some|officials|voters|democrats|republicans|experts|critics|analysts|others
discuss/discusses @!prev=to|will|would|can|could|may|might|should|must
retweeted
referenced/referencing/references
invoked/invoking/invokes
assailed/assailing/assails
bemoaned/bemoaning/bemoans
downplayed/downplaying/downplays
shrugged off
shot back
took issue with
weighed in on
laid/lays out
distanced himself/herself/themselves/itself from
sided with
went after
chided/chiding/chides
made no secret of
did not/n't mention
never mentioned
did not/n't immediately respond to
: @prev=<cap> @!next=<num> @!prev=a|q|correction|twitter|facebook|instagram|byline|email|e-mail|plus|transcript|podcast|huffpost|boom|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|dateline|headline|title|subject|question|answer|keywords|category|filed|posted|published|tagged|map|chart|graphic|table|figure|source|website|web|online|contact|follow|location|time|date|price|score|results|result|final|corrections|related|contributing|latest|breaking|update|updated|note|editor|read|more|also|via|sources|photo|photos|video|watch|listen|tags|topics|live|subscribe|advertisement|credit|credits|image|images|pictured|warning|spoiler|disclosure|abstract|full|text|short|reads|edt|est|pt|et|gmt|utc|wow|look|bombshell|busted|exclusive|leaked|notice|previously|flashback|alert|developing|so|name|age|job|hometown|occupation   # a headline's label or interjection, a form's field ("EXCLUSIVE: ...", "Wow: ...", "Name: ..."), no speaker
: @next=<quote> @!prev=a|q|correction|related|contributing|latest|breaking|update|note|read|more|also|via|source|sources|photo|video|watch|listen|tags|topics
issued/issues a/an statement/warning/report/apology/call/ultimatum/rebuke/denial/response/directive/order
named @!prev=<be>|a|the|newly|recently|man|woman|person|company|group|city|town|street|school|ship|aptly|appropriately|boy|girl|dog|also|son|daughter|brother|sister|wife|husband|county|village|firm|organization|program|storm|hurricane|band|film|book|after @!next=for|after   # "a class named for Ali" names
posted @!prev=video|videos|message|messages|statement|statements|wishes|article|articles|photo|photos|picture|pictures|clip|clips|image|images|comment|comments|note|notes|letter|letters|listing|listings|are|being   # not "a video posted to YouTube" (the posted item, not its poster)
nominated/nominates
deemed
talked
projected @!prev=the|a|an|be|been|is|was|are|were @!next=onto|on|to|into|revenue|revenues|deficit|deficits|growth|costs|budget
outlined/outlines/outlining
credited/credits/crediting @!next=card|cards|score|rating @!prev=photo|photos|image|images|video|picture|pictures|film|closing|opening|end|movie   # not "Photo Credits:", "the closing credits"
remembered/remembers
forecast @!prev=the|a|weather|economic|latest|growth|budget|its|their|his|her
attacked @!prev=<be>|get|got|getting
titled
likened/likens/likening
expected @!prev=<be>|than|as|life|the|an|had|have|has @!clause-before=<class-report-verb>
reminded
challenged @!prev=<be>|physically|mentally|intellectually
regarded @!prev=<be>|well|highly|widely|generally
confirmed @!prev=<be>|not|n't|senate|independently
uttered/utters
stressed @!prev=<be>|feel|feels|felt|very|so|too|get|got|getting
signaled/signalled
pitched/pitches @next=a|an|the|his|her|their|himself|herself|it|this|that|<cap>
imagined @!prev=be|was|were|is|are|been|never|could|'ve|have|had
disliked
clarified/clarifies
vetoed/vetoes
lauded/lauds/lauding
elaborated
forgot
worried @prev=he|she|they|who|also|many|some|officials|voters|democrats|republicans|experts|critics|analysts|others|still|increasingly|i|we
unveiled/unveils/unveiling
listed @!prev=the|a|be|been|was|were|is|are|publicly|not|un
pressed @!prev=<be>|hard|hard-pressed|pressure|get|got|getting|freshly|cold|panel|flower|flowers
pressed @prev=<be> @next=on|by|about|over   # "Trump was pressed on why he had said", "was pressed by the host" (not "pressed for time")
cast @next=doubt|doubts|himself|herself|themselves|aspersions|blame
learned/learnt @!prev=have|has|had|lessons|lesson|well|hard @next=that|of|about|<punct>|from|how|what|the
charged @next=that|<punct>|<quote> @!prev=<be>|not|never|formally|criminally|later|separately|also

[attribution #thought]
# cognition and desire verbs, not in first-person uses inside quotes ("I think")
knows/knew @!prev=i|n't|not|we|do|does|did|you|y'know|to|let|would|'d @!next=how|what|where|who|why|when|it|him|her|them|each|about|of|better|best|for|much|little|nothing|anything|everything|anyone|everyone|<punct>|the|a|an|more|enough|too|exactly|well @!clause-before=<class-report-verb>|whether
wants/wanted @!prev=in|of|for|the|a|most|you|i|we|really|n't|not|do|does|did|just|'d|would|they @!next=ad|ads|poster|posters|list|criminal|man|men|fugitive|fugitives|persons|dead|for|<punct>|you @!clause-before=<class-report-verb>|whether
sees @next=that|it|as|him|her|them|this|no|little|nothing|himself|herself|themselves|a|the|his|their|its|an @prev=he|she|they|we|i|who|voters|many|some|democrats|republicans|critics|supporters|analysts|officials|experts|americans|people|also|now @!clause-before=<class-report-verb>|whether
views/viewed @next=as|it|him|her|them|himself|herself|themselves|this|that|with|the @!clause-before=<class-report-verb>|whether
hope/hopes/hoped @prev=he|she|they|who|also|still|and|democrats|republicans|officials|campaign|administration|supporters @!next=of|for|<punct> @!clause-before=<class-report-verb>|whether
feels @!prev=i|we|you|n't|not|to|make|makes|made|do|would @next=that|like|it|the|they|he|she|we|i|this|strongly|betrayed|confident|safe|unsafe|sure|certain|comfortable|uncomfortable|good|bad|compelled|obligated @!clause-before=<class-report-verb>|whether
fear/fears/feared @prev=he|she|they|who|also|many|some|officials|voters|democrats|republicans|experts|critics|analysts|others|still|and @!clause-before=<class-report-verb>|whether
agree/agreed/agrees that @!clause-before=<class-report-verb>|whether
consider/considers/considered @next=it|him|her|them|himself|herself|themselves|this|that|whether|running|a|an|the @!prev=<be> @!clause-before=<class-report-verb>|whether
expected @prev=he|she|they|who|also|still|and|officials|analysts|economists|experts|campaign @!clause-before=<class-report-verb>|whether

[attribution #stance]
endorsement from/by
promise/promises to @!prev=broken|empty|false|hollow @!clause-before=<class-report-verb>|whether # not "a broken promise to voters"

[attribution #speech]
tells @!prev=to|can|could|would|will|let|time|cannot|can't|hard|n't|not @next=him|her|them|us|me|you|reporters|the|voters|people|supporters|<cap> @!clause-before=<class-report-verb>

[attribution #thought]
think/thinks/believe/believes/feel/feels/know/knows/hope/hopes/fear/fears/say/says/argue/argues/worry/worries/expect/expects @prev=they|many|some|most|voters|americans|democrats|republicans|experts|analysts|officials|people|critics|supporters|opponents|scientists|economists|others|investigators|leaders @!clause-before=<class-report-verb>|whether
confident/convinced that @!clause-before=<class-report-verb>|whether
would like/love @!clause-before=<class-report-verb>|whether
recognize/recognizes/recognized/recognise/recognises/recognised that @!clause-before=<class-report-verb>|whether
is/are/was/were not sure/certain/convinced @!clause-before=<class-report-verb>|whether
throwing his/her/their/its support behind
throw/throws/threw/thrown his/her/their/its support behind @!clause-before=<class-report-verb>|whether
voting in favor/favour of
voted/votes/vote in favor/favour of @!clause-before=<class-report-verb>|whether
came out in favor/favour of/against @!clause-before=<class-report-verb>|whether
's view/views/opinion/assessment/estimation @prev=<cap>

[attribution #speech]
# measured on PolNeAR dev: each adds recall at no loss of span F1 and lifts source/content accuracy
referred/refers to
pledged/pledges/pledging @!next=delegates|delegate|:|and|or|for|superdelegates   # not "pledged delegates", "Pledged: 781", "pledged and super delegates"
mention/mentions @!prev=<det>|no|any|honorable|special|passing
lambasted/lambasting/lambastes
pushed/pushing/pushes for

[attribution #thought]
sees/saw/see/viewed/views/view @next=it|him|her|them|this|that|the|a|an|his|their @!prev=<det>|to|can|could|would|will|you|i|we @!clause-before=<class-report-verb>|whether

[attribution #thought]
# first person in the author's voice (interviews, op-eds: "I think the deal is dead");
# inside a quotation the linker drops a cue whose source is the quoted speaker
think/believe/know @prev=i|we @!clause-before=<class-report-verb>|whether
expect @pos=VERB @!clause-before=<class-report-verb>|whether
hope @case @pos=VERB @next=<pron>|<det>|<cap>|that|to|for @!prev=<modal>|<det>|to|do|does|did|n't|not|cannot|no|little|only|any|every|new|false|last @!clause-before=<class-report-verb>|whether # not the name "Hope Hicks"
# "a poll by X found Clinton ahead", "the study found no evidence"; not "found himself", "helped found"
found @pos=VERB @next=<cap>|<num>|that|<punct>|no|evidence|little|most|more|majority|only|nearly|about|almost|roughly|widespread|broad|strong|support|significant @!prev=<be>|help|helped|helping|to|not|n't|never @!clause-before=<class-report-verb>|whether

[attribution #speech]
# a noun of saying or believing before its that-clause: "his claim that the vote was rigged"
warning/warnings/complaint/complaints/hopes/assertion/suggestion/suggestions/belief/insistence/claim/claims/promise/pledge/demand/demands/contention/allegation/allegations that

[attribution #speech]
# "experts note that ...", "they note, ..."; not the imperative "Note that"
note @pos=VERB @next=that|<punct> @!prev=<end>|<punct>|please|to|<modal>|i|we|you|let|<det>

[attribution #stance]
prefer @pos=VERB @!prev=to|i|we|you|<modal>|n't|not|do|does|did|<det>|<end> @!clause-before=<class-report-verb>|whether   # ("voters say they prefer": inside what they say)
encouraged @pos=VERB @!prev=<be>|<punct>|feel|felt|feels|very|more|most|get|got|getting|<end> @next=him|her|them|his|their|the|a|<cap>|people|voters|supporters|americans|students|parents|others|members|residents|everyone @!clause-before=<class-report-verb>|whether

[attribution #speech]
# a person's verbal attacks ("his attacks on Clinton"; not "its attacks on troops")
attacks on @prev=his|her|their|'s

[attribution #stance]
# commitments and views: "agreed to meet", "offered to debate", "Democrats see him as a threat"
agreed to @!prev=<be>|mutually @!clause-before=<class-report-verb>|whether
offered to @!prev=<be> @!clause-before=<class-report-verb>|whether
see/sees @pos=VERB @after=as @!prev=to|<modal>|i|we|you|let|can|'ll|<det> @!clause-before=<class-report-verb>|whether

[attribution #stance]
# intentions with an infinitive: "Democrats vow to fight", "the campaign is planning to appeal"
refuse/vow/intend/threaten to @!prev=i|we|you|to|n't|not|<modal>|do|does|did @!clause-before=<class-report-verb>|whether
is/are/was/were eager/reluctant to @!clause-before=<class-report-verb>|whether
is/are planning to @!clause-before=<class-report-verb>|whether

[attribution #speech]
# ", writing that ...", ", writing “...”": a participle of writing after its clause
writing @prev=<punct> @next=that|<quote>|:|of|about
# "guidelines describe the parties as covered"
describe @pos=VERB @after=as @!prev=to|<modal>|i|we|you
blame @pos=VERB @!prev=to|i|we|you|<modal>|n't|not|do|does|did|<det>|no|<end>
statement/remark/admission/acknowledgment/acknowledgement/assurance/assurances/vow/vows/speculation/rumors/rumours that

[attribution #speech]
# "Republicans ask DOJ to investigate", "the ads ask the candidates to ..."
ask @pos=VERB @next=<det>|<cap>|him|her|them|if|whether|why|how|what|voters|supporters @!prev=i|we|you|to|<modal>|n't|not|do|does|did|<det>|<end>

[attribution #stance]
# "his opposition to the deal", "voters favor a recount", "believing that ..."
opposition to @prev=his|her|their|'s
favor @pos=VERB @!prev=to|i|we|you|<modal>|n't|not|do|does|did|<det>|<end>|in|a|the @!clause-before=<class-report-verb>|whether
believing @next=that|<pron>|<det>|<cap>

[attribution #evidence]
# "the website lists him as a co-founder"
lists @pos=VERB @next=<det>|<cap>|him|her|them|it|his|their

[attribution #evidence]
# "polls there show ...", "records compiled by the center show ..."; not "a radio show", "show up"
show @pos=VERB @!prev=to|<modal>|i|we|you|n't|not|do|does|did|<det>|<end>|<punct>|and|or|please|let|help|helps|helped|also|always|really|just|finally|even|actually|of|me|us|them|him|her|radio|television|tv|talk|cable|news|game|art|today|tonight|daily|morning|hit|'s @!next=up|off|<punct>|starring|on|in|with

[attribution #stance]
# "Clinton plans to campaign in Iowa", "the candidate plans to appeal"; not "his plans to ...", "with plans to ..."
plans to @prev=<cap>|candidate|nominee|group|city|state|agency|department|organization|also|but|still|now|reportedly @!prev=<det>|his|her|their|its|our|my|your|with|no|any @!clause-before=<class-report-verb>|whether

[attribution #thought]
# a plural or group subject's wish: "most voters want a change", "Palestinians want East Jerusalem"
want @pos=VERB @!prev=i|you|we|they|who|that|which|people|everyone|necessarily|still|to|n't|not|do|does|did|<modal>|<det>|<end>|<punct>|really|just|might|may|and|or|ever|'d|if|whatever|what|whoever @!clause-before=<class-report-verb>|whether

[attribution #thought]
# a plural or group subject's view: "analysts see a slowdown ahead", "rivals see an opening"
see @pos=VERB @!prev=i|you|we|they|who|that|which|people|everyone|to|n't|not|do|does|did|<modal>|<det>|<end>|<punct>|really|just|might|may|and|or|ever|'d|if|whatever|what|whoever|let|'s|can @!next=<punct>|if|whether|how|what|why|who|that|this|it|you|me|us|to @!before=<class-report-verb>|whether

[attribution #thought]
# "reporters know they are being spun", "most candidates know that ..."
know @pos=VERB @!prev=i|you|we|they|who|that|which|people|everyone|to|n't|not|do|does|did|<modal>|<det>|<end>|<punct>|really|just|might|may|and|or|ever|'d|if|whatever|what|whoever|let|'s|can|y'all @!next=<punct>|if|whether|why|who|you|me|us|to|of|about|better|best|much|nothing|anything|people|him|her|them|someone|anyone @!before=<class-report-verb>|whether

[attribution #evidence]
# putting out a document or its contents: "the agency released 5,500 pages", "Sanders released details of his plan"
released/releases @pos=VERB @!prev=<be>|newly|recently|just|been|get|gets|got|getting|when|once|data|figures|report|poll|survey|study|statement|video|documents|emails|records @next=a|an|its|his|her|their|details|new|<num>|the|data|figures|documents|emails|records|results|excerpts|portions|transcripts @!next=from @!after=prison|jail|custody|hostages|prisoners|detainees|captives|suspect|suspects|album|albums|single|song|songs|film|movie|game|product|products|phone|car|balloons|doves|fish   # not freeing someone or a product launch
published/publishes @pos=VERB @!prev=<be>|newly|recently|just|been|first|originally|self|when|once|article|book|report|study|paper|poll|survey|letter|essay|column|piece|story|op-ed @next=a|an|its|his|her|their|details|new|<num>|the|data|figures|documents|emails|records|results|excerpts|portions|transcripts|an|photos|images

[attribution #thought]
# a plural noun subject's feeling: "many aides feel they have enough to do", "factory workers feel squeezed"
feel @pos=VERB @!prev=i|you|we|they|who|that|which|people|everyone|to|n't|not|do|does|did|<modal>|<det>|<end>|<punct>|really|just|might|may|and|or|ever|'d|if|whatever|what|whoever|let|'s|can|gonna|wanna @!next=<punct>|free|like|the|a|an|it|good|bad|better|worse|sorry|pain|bad|so|very|how @!before=<class-report-verb>|whether|make|makes|made|making|help|helps|helped|let|lets   # not causative: "make voters feel ..."

[attribution #evidence]
# a finding by a named or investigating body: "a study by Media Matters found the nominee ...", "the inquiry found virtually nothing"
found @pos=VERB @prev=<cap>|paper|papers|inquiry|probe|panel|commission|committee|researchers|analysts|investigators|auditors|inspectors|group|analysis|audit|review|report|study|survey|poll|investigation|operatives @next=the|these|those|his|her|their|its|both|considerable|virtually|in|improvements|it|some|many|few|broad|wide|overwhelming|scant|ample @!prev=<det> @!before=<class-report-verb>|whether

[attribution #speech]
# verbal attacks and comparisons: "..., attacking Clinton over her emails", "she compared the plan to a tax"
attacking @next=<cap>|him|her|them|his|their|republicans|democrats|critics|rivals|opponents|the @!prev=<det>|of|for|from|by|on|than|not|were|was|is|are|be|been|ad|ads|commercials|spots|spending|<num>|million|began|begin|started|start|stop|keep|personally
compared @next=<cap>|him|her|them|his|their|himself|herself|the|it @after=to|with @!prev=<be>|when|as|than|if|<det>

[attribution #speech]
# "the government claims Gulen runs a network", "the candidate claims his net worth is ..."; not "ISIS claims the attack"
claims @pos=VERB @prev=<cap>|government|candidate|campaign|ad|suit|lawsuit|complaint|group|company|report|party @next=<cap>|his|her|their|the|its|<num> @!after=responsibility|credit|victory|nomination|lives|life|seat|seats|title|territory|attack|attacks|prize|ownership|asylum @!before=<class-report-verb>|whether
