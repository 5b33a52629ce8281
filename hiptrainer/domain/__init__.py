"""HipTrainer's domain: exercises, doses, workouts and their rules, free of Qt."""
