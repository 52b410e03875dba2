"""`python -m tallygate.fake_upstream --host H --port P`."""

from tallygate.fake_upstream import main

main()
