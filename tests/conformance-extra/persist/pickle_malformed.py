# pickle and cPickle on truncated and malformed data: the exception each raises, as 2.7 does
# (pickle.py's per-opcode reads: ord() of an empty read, marshal of a short int, readline()[:-1];
# cPickle's checks: EOFError, "pickle data was truncated", its own messages).
import pickle
import cPickle

cases = [
    '', '.', '0', '(', 'N', '(t', 'a', 's', '\x80', '\x80\x03', '\x80\x02K', '\x80\x02K\x05.',
    '\x80\x02M\x01', '\x80\x02M\x01\x02.', '\x80\x02J\x01\x02', '\x80\x02J\x01\x02\x03\x04.',
    '\x80\x02\x8a\x05ab', '\x80\x02\x8a\x02\x01\x02.', '\x80\x02\x8a', '\x80\x02U\x05ab', 'U\x02ab.',
    '\x80\x02T\x05\x00\x00\x00ab', 'T\x02\x00\x00\x00ab.', '\x80\x02q', '\x80\x02h', 'N\x80\x02h\x01',
    '\x80\x02r\x01\x00', 'Nr\x01\x00\x00\x00.', '\x80\x02j', 'Nj\x01\x00\x00\x00.', '\x80\x02G\x00',
    "S'ab", "S'ab'\n.", 'S"ab"\n.', "Sab\n.", 'Vab', 'Vab\n.', 'I', 'I1\n', 'I1\n.', 'I00\n.', 'Ix\n.',
    'I12', 'F1.0', 'F1.5\n.', 'Fx\n.', 'L12', 'L12L\n.', 'p1', 'Np1\n.', 'g1', 'g1\n.', 'c__main__\n',
    'c__main__\nNoSuch\n.', 'X\x05\x00\x00\x00ab', 'B\x05\x00', '\x80\x02\x8b\x05\x00\x00\x00ab',
    '\x80\x02\x82', '\x80\x02\x83\x01\x00', 'N\x85.', '\x85.', 'NN\x86.', 'N\x86.', '(N.', 'N2.',
    ']N.', '}NNs.', '(Nd.', '(NNd.', 'N1.', '(1.', 'e.', ']e.', ']N(Ne.', 'u.', '}(NNu.',
]
for module in (pickle, cPickle):
    print '==', module.__name__
    for data in cases:
        try:
            result = module.loads(data)
        except Exception as e:
            print '%-30r %s: %s' % (data, type(e).__name__, e)
        else:
            print '%-30r -> %r' % (data, result)
