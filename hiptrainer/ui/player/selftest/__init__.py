"""The Train tab's Test mode (hip self-tests, each side measured) and the progression
suggestions shown before the next session."""
