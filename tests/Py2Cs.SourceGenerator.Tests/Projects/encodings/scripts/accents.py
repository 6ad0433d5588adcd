# vim: set fileencoding=latin-1 :
NAME = 'François Müller ½'
UNAME = u'François Müller ½'
