# Spectral norm of the infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2+i+1),
# by power iteration. Written for py2cs's benchmarks (float division,
# nested loops over lists, function calls in the inner loop).
import sys


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1)


def mul_av(v, n):
    out = [0.0] * n
    for i in xrange(n):
        s = 0.0
        for j in xrange(n):
            s += eval_a(i, j) * v[j]
        out[i] = s
    return out


def mul_atv(v, n):
    out = [0.0] * n
    for i in xrange(n):
        s = 0.0
        for j in xrange(n):
            s += eval_a(j, i) * v[j]
        out[i] = s
    return out


def mul_atav(v, n):
    return mul_atv(mul_av(v, n), n)


def spectral_norm(n):
    u = [1.0] * n
    v = None
    for dummy in xrange(10):
        v = mul_atav(u, n)
        u = mul_atav(v, n)
    vbv = 0.0
    vv = 0.0
    for i in xrange(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return (vbv / vv) ** 0.5


if __name__ == '__main__':
    n = 350
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    print 'spectral_norm %d %.9f' % (n, spectral_norm(n))
