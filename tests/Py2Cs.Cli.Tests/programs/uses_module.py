# Imports a module that sits in another folder, found through --python-path.
import greeting
print greeting.greet("py2cs")
