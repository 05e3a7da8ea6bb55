"""PDF machinery shared by the modules' documents: the shipped fonts and the page writer."""
