from kzpk_desktop.app import run

run()
