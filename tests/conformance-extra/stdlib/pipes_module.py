# pipes: quote, makepipeline's shell text, and Template (append/prepend/clone/debug/reset, the error
# messages, and real pipelines through /bin/sh with open('r'/'w') and copy).
import os
import re
import sys
import pipes

for s in ['', 'plain', 'with space', "it's", '$HOME', 'a/b.c-d_e+f=g:h,i@j%k', u'uni code', 'tab\there', '"dq"']:
    print repr(pipes.quote(s))

print pipes.FILEIN_FILEOUT, pipes.STDIN_FILEOUT, pipes.FILEIN_STDOUT, pipes.STDIN_STDOUT, pipes.SOURCE, pipes.SINK
print pipes.stepkinds, pipes.__all__

t = pipes.Template()
print repr(t), t.debugging
t.append('tr a-z A-Z', '--')
t.prepend('sed s/x/y/', pipes.STDIN_STDOUT)
print t.steps
print pipes.makepipeline('in file', t.steps, 'out')
print pipes.makepipeline('', [], '')
print pipes.makepipeline('a', [('cat', '--')], '')


def hide_temps(text):
    return re.sub(r"/tmp/tmp\w+", '<TEMP>', text)


print hide_temps(pipes.makepipeline('', [('sort $IN > $OUT', 'ff')], ''))
print hide_temps(pipes.makepipeline('x', [('gen > $OUT', '-f'), ('use $IN', 'f-')], 'y'))

c = t.clone()
c.append('rev', '--')
print len(t.steps), len(c.steps), c.debugging
t.reset()
print t.steps


def err(f, *a):
    try:
        f(*a)
        print 'ok'
    except Exception as e:
        print type(e).__name__ + ':', e


t = pipes.Template()
err(t.append, u'cat', '--')
err(t.append, 'cat', 'zz')
err(t.append, 'cat', pipes.SOURCE)
err(t.append, 'cat', 'f-')
err(t.append, 'cat', '-f')
err(t.append, 'cat $INPUT', 'f-')
err(t.prepend, 5, '--')
err(t.prepend, 'cat', pipes.SINK)
err(t.prepend, 'cat', 'ff')
err(t.open, 'x', 'a')
t.append('cat > /dev/null', pipes.SINK)
err(t.append, 'cat', '--')
err(t.open_r, 'x')
t = pipes.Template()
t.prepend('echo hi', pipes.SOURCE)
err(t.prepend, 'cat', '--')
err(t.open_w, 'x')

# real pipelines
t = pipes.Template()
t.append('tr a-z A-Z', '--')
f = t.open('pipefile', 'w')
f.write('hello pipes\n')
f.close()
print open('pipefile').read(),
f = t.open('pipefile', 'r')
print f.read(),
f.close()
t2 = pipes.Template()
t2.append('sed s/PIPES/world/ $IN > $OUT', 'ff')
print t2.copy('pipefile', 'copied')
print open('copied').read(),
t3 = pipes.Template()
print t3.open('copied', 'r').read(),
sys.stdout.flush()
t2.debug(1)
print t2.copy('pipefile', 'copied2') == 0
os.remove('pipefile')
os.remove('copied')
os.remove('copied2')
