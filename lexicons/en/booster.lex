# Boosters: expressions of certainty and emphatic commitment (Hyland 2005).
# A booster within three tokens after a negator ("not certain") is reported
# as a hedge by the engine, so no negated duplicates are listed; a negator
# inside the pattern ("no doubt", "without a doubt") does not flip it.
# Bare "clear"/"sure" are adjectives too often: only phrases are listed.

[booster #certainty-adverb]
certainly @!prev=almost|most
surely
definitely
undoubtedly
indubitably
undeniably
unquestionably
incontrovertibly
indisputably
irrefutably
obviously
clearly @!next=marked|labeled|labelled|visible|defined|written|stated|identified|see|seen
evidently
plainly
manifestly
patently
demonstrably
decidedly
doubtless
no doubt
without a doubt
without doubt
beyond doubt
beyond any doubt
beyond a shadow of a doubt
beyond question
beyond dispute
there is/was/'s no doubt/question
there is/was/'s [now]? little/scant doubt
there can/could be no doubt
leave/leaves/left/leaving no doubt
no question that/about

[booster #certainty-phrase]
of course
in fact
as a matter of fact
in reality
indeed
actually
really @next=is|are|was|were|do|does|did|believe|think|know|want|need|matters|mattered
in truth
absolutely
inevitably
certain @next=that|to
sure @next=that|to|enough
it is/was/'s [now|already|increasingly|abundantly|perfectly|crystal]? clear/obvious/evident/certain/undeniable/indisputable/plain/apparent/true that
it [now]? seems/seemed/appears/appeared clear/obvious/evident/certain
it is/was/'s a fact that
it is/was/'s clear
it is/was/'s no secret
it goes without saying
needless to say
make/makes/made/making it clear/plain
make/makes/made/making clear/plain that
made no secret
is/are/was/were clear that
the fact is/remains
the truth is
the reality is
the bottom line is
make no mistake
rest assured
mark my words
let me be clear
let there be no doubt
let's be clear
let's be honest
to be sure
for sure
for certain
for a fact

[booster #conviction]
i am/'m convinced/certain/sure/confident
we are/'re convinced/certain/sure/confident
is/are/was/were convinced/certain/sure/confident that
convinced @next=that
confident @next=that
know/knows/knew that
realize/realizes/realized that

[booster #evidential]
prove/proves/proved/proven/proving
show/shows/showed/shown that
demonstrate/demonstrates/demonstrated/demonstrating
confirm/confirms/confirmed that
establish/establishes/established that
determine/determines/determined that
find/finds/found that @prev=study|studies|research|researchers|scientists|report|investigation|inquiry|analysis|review|court|judge|jury|panel|audit

[booster #certainty-adjective]
conclusive/conclusively
definitive/definitively
unequivocal/unequivocally
categorical/categorically
emphatic/emphatically
unambiguous/unambiguously
irrefutable
indisputable
incontestable
undisputed
unmistakable/unmistakably

[booster #shared-knowledge]
well established
well-established
well documented
well-documented
widely known
everyone knows
everybody knows
we all know
we know
as we know
as everyone knows
as you know
there is no denying
no one can deny
nobody can deny
it is/was/'s impossible to deny
impossible to ignore
the evidence is clear

[booster #modal]
must have been/known/seen/realized/realised/understood/noticed
will certainly/surely/definitely/undoubtedly/inevitably
bound to
destined to
guarantee/guarantees/guaranteed that

[booster #certainty-phrase]
without question
beyond all doubt

it is/was beyond doubt
it is/was undeniable
it is/was indisputable
there is/was no question that

no two ways about it
it is/was a fact
the simple truth is
the plain truth is
plainly put
let us be clear
it must be said

absolutely certain/sure/clear
crystal clear
abundantly clear
perfectly clear
unmistakably clear
most certainly/definitely
