"""The Train tab: play a routine hands-free."""
