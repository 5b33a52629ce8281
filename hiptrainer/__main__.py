from hiptrainer.cli import run

run()  # exits with the command's code
