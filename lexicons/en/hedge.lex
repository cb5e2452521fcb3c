# Hedges: expressions that withhold full commitment to a proposition
# (Hyland 1998, 2005; the Szeged/CoNLL-2010 notion of epistemic and doxastic
# uncertainty cues): epistemic modals, probability adverbs and adjectives,
# tentative lexical verbs, doxastic verbs and nouns (believe, consider,
# allegation) and vague attributions. Approximators before quantities ("about
# 300", "roughly half") are imprecision about a number, not withheld commitment
# to a proposition; they are their own category, `approximator` (an extra score
# column), so that the hedge score stays epistemic.
# Peacock terms ("renowned", "one of the most") and plain frequency adverbs
# ("often", "usually") are not hedges and are deliberately absent.

[hedge #modal]
may @!next=<num>
might @!next=<punct>|of|and|as
could @!before=so @!next=not|n't|never|only|see|hear|feel|afford|find|use|talk|do|get|go|make|take|no|hardly|barely|easily|also|walk|speak|read|write|play|run|sing|win|beat|reach|enter|leave|return|stay|buy|pay|eat|swim|fly|vote|attend
could not/n't have @next=been|known|predicted|foreseen|imagined
would likely/probably/possibly/perhaps/presumably/seem/appear/suggest/indicate/imply
would have been @prev=it|this|that|there
should be @next=possible|able|expected|noted
need not
ought to have

[hedge #epistemic-adverb]
perhaps
maybe
possibly
probably
likely
unlikely
presumably
supposedly
allegedly
apparently
arguably
conceivably
seemingly
ostensibly
purportedly
putatively
reportedly
reputedly
potentially
plausibly
most likely/probably/possibly
almost certainly
supposed @prev=the|a|an|his|her|its|their
more likely than not
in all likelihood
in all probability
by all accounts
to some extent/degree
to a certain/limited/large/great extent/degree
to an extent
in a sense
in some sense
in a way
in theory
theoretically
hypothetically
not necessarily
perhaps not
if not @next=<punct>
or so @next=<punct>
in principle
on the face of it
at first glance/sight

[hedge #epistemic-adjective]
possible @!prev=as|best|every|all|whenever|wherever|if|when|where|fastest|highest|lowest|largest|biggest|least|greatest|most|earliest|soon|quickly|quick|much|many|far|made|make|makes|making|impossible|only|it|maximum|minimum|total @!next=to|for
it is/was/'s possible that
probable
plausible
conceivable
likelihood
possibility/possibilities
probability @!prev=the|a|of|and
prospect/prospects of
potential @next=for|of|to|cause|causes|risk|risks|threat|threats|link|role|use|uses|impact|effect|effects|harm|benefit|benefits|problem|problems|side|danger|dangers
putative
suspected @!prev=a|the
alleged @!prev=the @!next=that
apparent/apparently @!next=heir
uncertain/uncertainty/uncertainties
unclear
unsure
unknown @prev=is|are|was|were|remain|remains|remained|largely|still|it|of @!next=to
unconfirmed
unverified
unproven
debatable
questionable
doubtful
dubious
contested @!prev=the|a|hotly|closely|heavily
controversial claim/claims
speculative/speculatively/speculation/speculations
tentative/tentatively
hypothetical/hypothesis/hypotheses/hypothesize/hypothesizes/hypothesized/hypothesise/hypothesised
conjecture/conjectures/conjectured/conjectural
theory/theories/theorize/theorized/theorise/theorised @prev=a|one|another|the|this|that|his|her|their|popular|common|alternative|other|competing|prevailing @next=that|is|holds|suggests|states|says|posits|proposes|was|,
assumption/assumptions
presumption/presumptions
belief/beliefs @next=that|in|is|was
idea/ideas @next=that|is|was
notion @next=that|is|was
impression that
suspicion/suspicions
rumor/rumors/rumour/rumours/rumored/rumoured
allegation/allegations
accusation/accusations
claim/claims @prev=the|a|his|her|their|these|those|such|unsubstantiated|unverified|dubious|disputed|controversial|questionable|alleged|false|unfounded|baseless|this|that|some|its @next=that|of|to|is|are|was|were|about|by
no/little/insufficient/limited/scant evidence/proof
little is known
not well understood/known/documented/established
not known
not clear
not certain
not entirely/necessarily/always/quite clear/certain/known/sure/understood
no consensus
open to debate/question/interpretation
a matter of debate/dispute/speculation/conjecture
subject of debate/speculation/dispute/controversy
yet to be determined/confirmed/proven/established/identified/known
remains/remain/remained to be seen/determined/established/proven
remains/remain/remained unclear/uncertain/unknown/unconfirmed/unresolved/undetermined/disputed/open/mysterious/speculative
remains/remain/remained a mystery
remains/remain/remained in doubt
it is/was unclear/uncertain
it is/was not clear/known
it's unclear/uncertain/not clear
it is/was difficult/hard/impossible to say/tell/predict/know/determine
difficult/hard/impossible to say/tell/predict/know/determine/gauge/assess/estimate/judge/verify/confirm
too early to say/tell
could not be independently verified/confirmed
cannot be independently verified/confirmed
could not be verified/confirmed
cannot be ruled out
can't be ruled out
not ruled out

[hedge #lexical-verb]
appear/appears/appeared/appearing to
it/so/would/now appears/appeared/appear @next=<punct>
appear/appears/appeared @next=that|likely|unlikely|as|poised|set|certain|ready|increasingly|more|less|unaware|aware|unable|able
seem/seems/seemed/seeming
suggest/suggests/suggested/suggesting
suggestion/suggestions
indicate/indicates/indicated/indicating @next=that
imply/implies/implied/implying
tend/tends/tended/tending to @prev=may|might|would|could
believe/believes/believed/believing
think/thinks/thought/thinking @!prev=the|a|of|new|critical|wishful|group|conventional|clear|strategic|school|modern|western|his|her|their|its|our|current|political|economic|religious|philosophical|scientific|islamic|greek|free|positive|creative|independent @!next=tank|tanks|about|of|piece
suppose/supposes/supposed/supposing @!prev='s|is|are|was|were|'re|be|been|not|am
presume/presumes/presumed/presuming
assume/assumes/assumed/assuming @!next=office|control|power|command|responsibility|the|his|her|its|their|a|an|role|duties|leadership|position|presidency|post|name|charge|ownership|management|custody
speculate/speculates/speculated/speculating
suspect/suspects/suspected/suspecting @next=that|<punct>|he|she|they|it|the|a|an|his|her|their|of
doubt/doubts/doubted/doubting @!prev=no|without|beyond|the|reasonable|little|shadow|any
guess/guesses/guessed/guessing
expect/expects/expected/expecting @!prev=than|life
anticipate/anticipates/anticipated
predict/predicts/predicted/predicting
postulate/postulates/postulated
allege/alleges/alleged/alleging
accuse/accuses/accused/accusing @!prev=the|an|of
consider/considers/considered/considering @!next=a|an|the|his|her|their|its|how|what|whether|this|that|these|those|options|legislation|bill|proposal|proposals|changes|running|buying|selling|moving|leaving|making|taking|joining|adding|using|applying|several|other|two|three|new|adopting @!prev=be|being|been|carefully|seriously|further|was
considered @prev=<be>|generally|widely|often|commonly|sometimes|still|now|also|once|usually|long|traditionally|largely|mostly|therefore|thus|historically|by|then
consider/considers/considered/considering it/him/her/them/themselves/himself/herself/itself/this/that
regard/regards/regarded/regarding @next=as|it|him|her|them|himself|herself|themselves|itself|this|that|with
regarded @!prev=highly|well @!next=with
view/views/viewed/viewing @next=as|it|him|her|them|himself|herself|themselves|itself|this|that|with
seen as
reckon/reckons/reckoned
feel/feels/felt/feeling @next=that|like|it|they|he|she|we|i|the|this
fear/fears/feared/fearing @next=that|it|he|she|they|the|a|an|his|her|their|for|of|<punct>
fear/fears @prev=amid|over|raising|raised|raise|allay|allayed|calm|are|were|had|have
worry/worries/worried @next=that|about
question/questions/questioned/questioning @next=whether|if|how|why @!prev=every|each|any|no|a|one|first|second|next|last|following|quiz|exam|interview
wonder/wonders/wondered/wondering @next=whether|if|how|why|what
look/looks/looked like
look/looks/looked as if/though
sound/sounds/sounded like
imagine/imagines/imagined
envisage/envisages/envisaged/envisioned
infer/inferred/inferring
interpret/interpreted @next=as|to
purport/purports/purported/purporting
credit/credited @next=with|as
thought to
believed to
rumored/rumoured to
alleged to
known to be
legend/legends has/says

[hedge #vague-attribution]
some say/argue/believe/suggest/claim/contend/think/feel/fear/speculate/suspect/allege
many believe/think/feel/fear/suspect
some have suggested/argued/claimed/speculated
others believe/suspect/argue/suggest/claim/contend
critics say/argue/claim/contend/charge/allege/fear
it is/was said/argued/claimed/suggested/believed/thought/rumored/rumoured/alleged/reported/speculated/suspected/assumed/presumed/feared/hoped
it has/had been said/argued/claimed/suggested/believed/thought/rumored/rumoured/alleged/reported/speculated/suspected/assumed/presumed
it is/was widely/often/commonly/generally believed/thought/assumed/claimed/reported
it could be argued
one could argue
one might argue/say/think/expect/suggest
some would say/argue
there are/were those who
there is/was speculation
reason to believe/suspect/think
widely believed/thought/assumed/suspected/rumored/rumoured/reported/considered/regarded/seen/viewed
generally believed/thought/assumed/considered/regarded/seen/viewed
commonly believed/thought/assumed/considered/regarded
often considered/regarded/seen/viewed/thought/believed
sometimes considered/regarded/seen/viewed/thought/believed

[approximator #approximator]
about @next=<num>|$|£|€ @!prev=talk|talks|talked|talking|write|writes|wrote|written|writing|know|knew|knows|care|cares|cared|worry|worried|story|stories|speak|speaks|spoke|book|books|film|article|articles|report|reports|learn|learned|hear|heard|read|joke|joked|complain|complained|asked|ask|asking|think|thought|bring|brought|come|came|all|what|how|questions|question|concerns|concern|news|information|details|data|facts
around @next=<num>|$|£|€ @!prev=turn|turned|turning|turns|come|came|comes|coming|go|went|going|goes|look|looked|looking|walk|walked|walking|run|ran|running|get|got|getting|move|moved|moving|spin|spun|built|centered|centred|revolve|revolves|revolved|all|from|back|way|around|right|just
roughly @next=<num>|half|a|one|the|twice|double|equal|equivalent|similar|comparable
approximately @next=<num>|half|a|one|the|twice|double|equal
some @next=<num> @prev=of|to|for|by|with|killed|employs|has|have|had|are|were
an estimated
give or take
more or less @!next=than
upwards of
in the region/neighborhood/neighbourhood/vicinity of
on the order of

[hedge #lexical-verb]
# research-writing hedges (Hyland): tentative proposals and inferences
propose/proposes/proposed that
we propose/hypothesize/hypothesise/speculate/suggest/assume/presume/suspect
it is tempting to speculate/suggest/assume
tempting to speculate
one possibility is
a possible explanation/reason/cause
may/might/could reflect/indicate/suggest/explain/represent
is/are/was/were consistent with the hypothesis/idea/notion/view
is/are/was/were thought to be
is/are/was/were believed to be
is/are/was/were presumed to be
is/are/was/were assumed to be
is/are/was/were suspected of/to

[hedge #epistemic-adjective]
estimate/estimates/estimated that
is/are/was/were estimated to/at
in line with the hypothesis/idea/notion/view
raise/raises/raised the possibility
supposed to have/be @prev=<be>
