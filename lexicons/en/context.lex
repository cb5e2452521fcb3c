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
highly
seriously
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
