"""HipTrainer: a desktop trainer for runners' hip and glute strength."""

__version__ = "0.1.0"
