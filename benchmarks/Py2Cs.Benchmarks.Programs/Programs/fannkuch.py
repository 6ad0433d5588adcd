# Fannkuch-redux: count pancake flips over all permutations of 1..n, with a
# checksum over the permutation order. Written for py2cs's benchmarks (list
# slicing, reversal, integer loops).
import sys


def fannkuch(n):
    perm1 = range(n)
    count = [0] * n
    max_flips = 0
    checksum = 0
    perm_count = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        if perm_count % 2 == 0:
            checksum += flips
        else:
            checksum -= flips
        perm_count += 1
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


if __name__ == '__main__':
    n = 9
    if len(sys.argv) > 1:
        n = int(sys.argv[1])
    checksum, flips = fannkuch(n)
    print 'fannkuch %d checksum %d max flips %d' % (n, checksum, flips)
