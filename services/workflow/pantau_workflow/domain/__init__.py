"""The pure core of the workflow: the SOP state machine and its deadlines."""
