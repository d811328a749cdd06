// the widgets arrive with the desktop workbench issue
