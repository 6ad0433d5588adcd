using System;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// The block encoder of <see cref="Deflater"/>, following zlib 1.2.13's trees.c: symbols are buffered
    /// (sym_buf) until the block ends, then the block is sent stored, with the fixed codes or with dynamic
    /// Huffman codes, whichever zlib's size estimate picks. Tree construction reproduces zlib's heap order,
    /// tie-breaking by depth and length-limiting, since any difference changes the bytes.
    /// </summary>
    internal sealed partial class Deflater
    {
        const int LengthCodes = 29, Literals = 256, LCodes = Literals + 1 + LengthCodes, DCodes = 30, BlCodes = 19;
        const int HeapSize = 2 * LCodes + 1, MaxBits = 15, MaxBlBits = 7, EndBlock = 256;
        const int Rep3To6 = 16, RepZ3To10 = 17, RepZ11To138 = 18, BufSize = 16;

        static readonly int[] ExtraLBits = { 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0 };
        static readonly int[] ExtraDBits = { 0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13 };
        static readonly int[] ExtraBlBits = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 7 };
        static readonly byte[] BlOrder = { 16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15 };

        static readonly byte[] LengthCode = new byte[MaxMatch - MinMatch + 1];
        static readonly byte[] DistCode = new byte[512];
        static readonly int[] BaseLength = new int[LengthCodes];
        static readonly int[] BaseDist = new int[DCodes];
        static readonly ushort[] StaticLTreeCode = new ushort[LCodes + 2], StaticLTreeLen = new ushort[LCodes + 2];
        static readonly ushort[] StaticDTreeCode = new ushort[DCodes], StaticDTreeLen = new ushort[DCodes];

        /// <summary>tr_static_init: the length/distance code tables and the fixed trees.</summary>
        static Deflater()
        {
            int length = 0, code;
            for (code = 0; code < LengthCodes - 1; code++)
            {
                BaseLength[code] = length;
                for (int n = 0; n < 1 << ExtraLBits[code]; n++) LengthCode[length++] = (byte)code;
            }
            LengthCode[length - 1] = (byte)code; // length 258 has its own code (285), overwriting 284's last entry
            int dist = 0;
            for (code = 0; code < 16; code++)
            {
                BaseDist[code] = dist;
                for (int n = 0; n < 1 << ExtraDBits[code]; n++) DistCode[dist++] = (byte)code;
            }
            dist >>= 7;
            for (; code < DCodes; code++)
            {
                BaseDist[code] = dist << 7;
                for (int n = 0; n < 1 << (ExtraDBits[code] - 7); n++) DistCode[256 + dist++] = (byte)code;
            }
            var blCount = new ushort[MaxBits + 1];
            int i = 0;
            while (i <= 143) { StaticLTreeLen[i++] = 8; blCount[8]++; }
            while (i <= 255) { StaticLTreeLen[i++] = 9; blCount[9]++; }
            while (i <= 279) { StaticLTreeLen[i++] = 7; blCount[7]++; }
            while (i <= 287) { StaticLTreeLen[i++] = 8; blCount[8]++; }
            GenCodes(StaticLTreeCode, StaticLTreeLen, LCodes + 1, blCount);
            for (i = 0; i < DCodes; i++) { StaticDTreeLen[i] = 5; StaticDTreeCode[i] = (ushort)BiReverse(i, 5); }
        }

        static int DCode(int dist) => dist < 256 ? DistCode[dist] : DistCode[256 + (dist >> 7)];

        /// <summary>A dynamic tree as trees.c's ct_data array: Freq and Code share a field, and so do Dad and Len.</summary>
        sealed class Tree
        {
            public ushort[] FreqCode, DadLen;
            public int MaxCode;
            public Tree(int size) { FreqCode = new ushort[size]; DadLen = new ushort[size]; }
            public Tree Clone() => new(0) { FreqCode = (ushort[])FreqCode.Clone(), DadLen = (ushort[])DadLen.Clone(), MaxCode = MaxCode };
        }

        Tree _dynLTree, _dynDTree, _blTree;
        ushort[] _blCount;
        int[] _heap;
        int _heapLen, _heapMax;
        byte[] _depth;
        byte[] _symBuf;
        int _symNext;
        readonly int _symEnd;
        long _optLen, _staticLen;
        int _biBuf, _biValid;

        void TreesInit()
        {
            _dynLTree = new Tree(HeapSize);
            _dynDTree = new Tree(2 * DCodes + 1);
            _blTree = new Tree(2 * BlCodes + 1);
            _blCount = new ushort[MaxBits + 1];
            _heap = new int[2 * LCodes + 1];
            _depth = new byte[2 * LCodes + 1];
            _biBuf = 0; _biValid = 0;
            InitBlock();
        }

        void CloneTrees()
        {
            _dynLTree = _dynLTree.Clone(); _dynDTree = _dynDTree.Clone(); _blTree = _blTree.Clone();
            _blCount = (ushort[])_blCount.Clone(); _heap = (int[])_heap.Clone(); _depth = (byte[])_depth.Clone();
        }

        void InitBlock()
        {
            Array.Clear(_dynLTree.FreqCode, 0, LCodes);
            Array.Clear(_dynDTree.FreqCode, 0, DCodes);
            Array.Clear(_blTree.FreqCode, 0, BlCodes);
            _dynLTree.FreqCode[EndBlock] = 1;
            _optLen = _staticLen = 0;
            _symNext = 0;
        }

        /// <summary>_tr_tally for a literal; true when the block is full.</summary>
        bool TallyLit(byte c)
        {
            _symBuf[_symNext++] = 0;
            _symBuf[_symNext++] = 0;
            _symBuf[_symNext++] = c;
            _dynLTree.FreqCode[c]++;
            return _symNext == _symEnd;
        }

        /// <summary>_tr_tally for a match (distance, length - MIN_MATCH); true when the block is full.</summary>
        bool TallyDist(int dist, int len)
        {
            _symBuf[_symNext++] = (byte)dist;
            _symBuf[_symNext++] = (byte)(dist >> 8);
            _symBuf[_symNext++] = (byte)len;
            dist--;
            _dynLTree.FreqCode[LengthCode[len] + Literals + 1]++;
            _dynDTree.FreqCode[DCode(dist)]++;
            return _symNext == _symEnd;
        }

        void PutShort(int w) { PutByte((byte)w); PutByte((byte)(w >> 8)); }

        void SendBits(int value, int length)
        {
            if (_biValid > BufSize - length)
            {
                _biBuf = (ushort)(_biBuf | value << _biValid);
                PutShort(_biBuf);
                _biBuf = (ushort)((ushort)value >> (BufSize - _biValid));
                _biValid += length - BufSize;
            }
            else
            {
                _biBuf = (ushort)(_biBuf | value << _biValid);
                _biValid += length;
            }
        }

        void SendCode(int c, ushort[] codes, ushort[] lens) => SendBits(codes[c], lens[c]);

        void BiFlush()
        {
            if (_biValid == 16) { PutShort(_biBuf); _biBuf = 0; _biValid = 0; }
            else if (_biValid >= 8) { PutByte((byte)_biBuf); _biBuf >>= 8; _biValid -= 8; }
        }

        void BiWindup()
        {
            if (_biValid > 8) PutShort(_biBuf);
            else if (_biValid > 0) PutByte((byte)_biBuf);
            _biBuf = 0; _biValid = 0;
        }

        void TrFlushBits() => BiFlush();

        static int BiReverse(int code, int len)
        {
            int res = 0;
            do { res |= code & 1; code >>= 1; res <<= 1; } while (--len > 0);
            return res >> 1;
        }

        static void GenCodes(ushort[] codes, ushort[] lens, int maxCode, ushort[] blCount)
        {
            var nextCode = new ushort[MaxBits + 1];
            int code = 0;
            for (int bits = 1; bits <= MaxBits; bits++)
            {
                code = (code + blCount[bits - 1]) << 1;
                nextCode[bits] = (ushort)code;
            }
            for (int n = 0; n <= maxCode; n++)
            {
                int len = lens[n];
                if (len == 0) continue;
                codes[n] = (ushort)BiReverse(nextCode[len]++, len);
            }
        }

        bool Smaller(Tree tree, int n, int m) =>
            tree.FreqCode[n] < tree.FreqCode[m] || (tree.FreqCode[n] == tree.FreqCode[m] && _depth[n] <= _depth[m]);

        void PqDownHeap(Tree tree, int k)
        {
            int v = _heap[k];
            int j = k << 1;
            while (j <= _heapLen)
            {
                if (j < _heapLen && Smaller(tree, _heap[j + 1], _heap[j])) j++;
                if (Smaller(tree, v, _heap[j])) break;
                _heap[k] = _heap[j];
                k = j;
                j <<= 1;
            }
            _heap[k] = v;
        }

        /// <summary>gen_bitlen: code lengths from the tree, limited to maxLength as zlib limits them.</summary>
        void GenBitlen(Tree tree, ushort[] staticLens, int[] extra, int extraBase, int maxLength)
        {
            int maxCode = tree.MaxCode;
            int h, n, m, bits, xbits, overflow = 0;
            for (bits = 0; bits <= MaxBits; bits++) _blCount[bits] = 0;
            tree.DadLen[_heap[_heapMax]] = 0;
            for (h = _heapMax + 1; h < HeapSize; h++)
            {
                n = _heap[h];
                bits = tree.DadLen[tree.DadLen[n]] + 1;
                if (bits > maxLength) { bits = maxLength; overflow++; }
                tree.DadLen[n] = (ushort)bits;
                if (n > maxCode) continue;
                _blCount[bits]++;
                xbits = n >= extraBase ? extra[n - extraBase] : 0;
                int f = tree.FreqCode[n];
                _optLen += (long)f * (bits + xbits);
                if (staticLens != null) _staticLen += (long)f * (staticLens[n] + xbits);
            }
            if (overflow == 0) return;
            do
            {
                bits = maxLength - 1;
                while (_blCount[bits] == 0) bits--;
                _blCount[bits]--;
                _blCount[bits + 1] += 2;
                _blCount[maxLength]--;
                overflow -= 2;
            } while (overflow > 0);
            for (bits = maxLength; bits != 0; bits--)
            {
                n = _blCount[bits];
                while (n != 0)
                {
                    m = _heap[--h];
                    if (m > maxCode) continue;
                    if (tree.DadLen[m] != bits)
                    {
                        _optLen += ((long)bits - tree.DadLen[m]) * tree.FreqCode[m];
                        tree.DadLen[m] = (ushort)bits;
                    }
                    n--;
                }
            }
        }

        /// <summary>build_tree: the Huffman tree for the frequencies, codes assigned.</summary>
        void BuildTree(Tree tree, ushort[] staticLens, int elems, int[] extra, int extraBase, int maxLength)
        {
            int n, m, maxCode = -1, node;
            _heapLen = 0; _heapMax = HeapSize;
            for (n = 0; n < elems; n++)
            {
                if (tree.FreqCode[n] != 0) { _heap[++_heapLen] = maxCode = n; _depth[n] = 0; }
                else tree.DadLen[n] = 0;
            }
            while (_heapLen < 2)
            {
                node = _heap[++_heapLen] = maxCode < 2 ? ++maxCode : 0;
                tree.FreqCode[node] = 1;
                _depth[node] = 0;
                _optLen--;
                if (staticLens != null) _staticLen -= staticLens[node];
            }
            tree.MaxCode = maxCode;
            for (n = _heapLen / 2; n >= 1; n--) PqDownHeap(tree, n);
            node = elems;
            do
            {
                n = _heap[1];
                _heap[1] = _heap[_heapLen--];
                PqDownHeap(tree, 1);
                m = _heap[1];
                _heap[--_heapMax] = n;
                _heap[--_heapMax] = m;
                tree.FreqCode[node] = (ushort)(tree.FreqCode[n] + tree.FreqCode[m]);
                _depth[node] = (byte)((_depth[n] >= _depth[m] ? _depth[n] : _depth[m]) + 1);
                tree.DadLen[n] = tree.DadLen[m] = (ushort)node;
                _heap[1] = node++;
                PqDownHeap(tree, 1);
            } while (_heapLen >= 2);
            _heap[--_heapMax] = _heap[1];
            GenBitlen(tree, staticLens, extra, extraBase, maxLength);
            GenCodes(tree.FreqCode, tree.DadLen, maxCode, _blCount);
        }

        /// <summary>scan_tree: counts the code-length codes needed to send a tree.</summary>
        void ScanTree(Tree tree, int maxCode)
        {
            int prevLen = -1, curLen, nextLen = tree.DadLen[0], count = 0, maxCount = 7, minCount = 4;
            if (nextLen == 0) { maxCount = 138; minCount = 3; }
            tree.DadLen[maxCode + 1] = 0xffff; // guard
            for (int n = 0; n <= maxCode; n++)
            {
                curLen = nextLen;
                nextLen = tree.DadLen[n + 1];
                if (++count < maxCount && curLen == nextLen) continue;
                else if (count < minCount) _blTree.FreqCode[curLen] += (ushort)count;
                else if (curLen != 0)
                {
                    if (curLen != prevLen) _blTree.FreqCode[curLen]++;
                    _blTree.FreqCode[Rep3To6]++;
                }
                else if (count <= 10) _blTree.FreqCode[RepZ3To10]++;
                else _blTree.FreqCode[RepZ11To138]++;
                count = 0;
                prevLen = curLen;
                if (nextLen == 0) { maxCount = 138; minCount = 3; }
                else if (curLen == nextLen) { maxCount = 6; minCount = 3; }
                else { maxCount = 7; minCount = 4; }
            }
        }

        /// <summary>send_tree: sends a tree's code lengths with the code-length codes.</summary>
        void SendTree(Tree tree, int maxCode)
        {
            int prevLen = -1, curLen, nextLen = tree.DadLen[0], count = 0, maxCount = 7, minCount = 4;
            var blCodes = _blTree.FreqCode;
            var blLens = _blTree.DadLen;
            if (nextLen == 0) { maxCount = 138; minCount = 3; }
            for (int n = 0; n <= maxCode; n++)
            {
                curLen = nextLen;
                nextLen = tree.DadLen[n + 1];
                if (++count < maxCount && curLen == nextLen) continue;
                else if (count < minCount)
                {
                    do { SendCode(curLen, blCodes, blLens); } while (--count != 0);
                }
                else if (curLen != 0)
                {
                    if (curLen != prevLen) { SendCode(curLen, blCodes, blLens); count--; }
                    SendCode(Rep3To6, blCodes, blLens);
                    SendBits(count - 3, 2);
                }
                else if (count <= 10) { SendCode(RepZ3To10, blCodes, blLens); SendBits(count - 3, 3); }
                else { SendCode(RepZ11To138, blCodes, blLens); SendBits(count - 11, 7); }
                count = 0;
                prevLen = curLen;
                if (nextLen == 0) { maxCount = 138; minCount = 3; }
                else if (curLen == nextLen) { maxCount = 6; minCount = 3; }
                else { maxCount = 7; minCount = 4; }
            }
        }

        int BuildBlTree()
        {
            ScanTree(_dynLTree, _dynLTree.MaxCode);
            ScanTree(_dynDTree, _dynDTree.MaxCode);
            BuildTree(_blTree, null, BlCodes, ExtraBlBits, 0, MaxBlBits);
            int maxBlIndex;
            for (maxBlIndex = BlCodes - 1; maxBlIndex >= 3; maxBlIndex--)
                if (_blTree.DadLen[BlOrder[maxBlIndex]] != 0) break;
            _optLen += 3 * ((long)maxBlIndex + 1) + 5 + 5 + 4;
            return maxBlIndex;
        }

        void SendAllTrees(int lcodes, int dcodes, int blcodes)
        {
            SendBits(lcodes - 257, 5);
            SendBits(dcodes - 1, 5);
            SendBits(blcodes - 4, 4);
            for (int rank = 0; rank < blcodes; rank++) SendBits(_blTree.DadLen[BlOrder[rank]], 3);
            SendTree(_dynLTree, lcodes - 1);
            SendTree(_dynDTree, dcodes - 1);
        }

        /// <summary>_tr_stored_block: a stored block header (and the data, when given).</summary>
        void TrStoredBlock(byte[] buf, int offset, int storedLen, bool last)
        {
            SendBits((0 << 1) + (last ? 1 : 0), 3);
            BiWindup();
            PutShort(storedLen);
            PutShort(~storedLen);
            if (storedLen != 0) Buffer.BlockCopy(buf, offset, _pending, _pendingOut + _pendingCount, storedLen);
            _pendingCount += storedLen;
        }

        /// <summary>_tr_align: an empty fixed-code block, for Z_PARTIAL_FLUSH.</summary>
        void TrAlign()
        {
            SendBits(1 << 1, 3);
            SendCode(EndBlock, StaticLTreeCode, StaticLTreeLen);
            BiFlush();
        }

        void CompressBlock(ushort[] lCodes, ushort[] lLens, ushort[] dCodes, ushort[] dLens)
        {
            int sx = 0;
            if (_symNext != 0)
            {
                do
                {
                    int dist = _symBuf[sx++];
                    dist += _symBuf[sx++] << 8;
                    int lc = _symBuf[sx++];
                    if (dist == 0) SendCode(lc, lCodes, lLens);
                    else
                    {
                        int code = LengthCode[lc];
                        SendCode(code + Literals + 1, lCodes, lLens);
                        int extra = ExtraLBits[code];
                        if (extra != 0) SendBits(lc - BaseLength[code], extra);
                        dist--;
                        code = DCode(dist);
                        SendCode(code, dCodes, dLens);
                        extra = ExtraDBits[code];
                        if (extra != 0) SendBits(dist - BaseDist[code], extra);
                    }
                } while (sx < _symNext);
            }
            SendCode(EndBlock, lCodes, lLens);
        }

        /// <summary>_tr_flush_block: ends the block, choosing stored, fixed or dynamic codes by size.</summary>
        void TrFlushBlock(byte[] buf, int offset, int storedLen, bool last)
        {
            long optLenB, staticLenB;
            int maxBlIndex = 0;
            if (_level > 0)
            {
                BuildTree(_dynLTree, StaticLTreeLen, LCodes, ExtraLBits, Literals + 1, MaxBits);
                BuildTree(_dynDTree, StaticDTreeLen, DCodes, ExtraDBits, 0, MaxBits);
                maxBlIndex = BuildBlTree();
                optLenB = (_optLen + 3 + 7) >> 3;
                staticLenB = (_staticLen + 3 + 7) >> 3;
                if (staticLenB <= optLenB || _strategy == Z_FIXED) optLenB = staticLenB;
            }
            else optLenB = staticLenB = storedLen + 5;

            if (storedLen + 4 <= optLenB && buf != null)
                TrStoredBlock(buf, offset, storedLen, last);
            else if (staticLenB == optLenB)
            {
                SendBits((1 << 1) + (last ? 1 : 0), 3);
                CompressBlock(StaticLTreeCode, StaticLTreeLen, StaticDTreeCode, StaticDTreeLen);
            }
            else
            {
                SendBits((2 << 1) + (last ? 1 : 0), 3);
                SendAllTrees(_dynLTree.MaxCode + 1, _dynDTree.MaxCode + 1, maxBlIndex + 1);
                CompressBlock(_dynLTree.FreqCode, _dynLTree.DadLen, _dynDTree.FreqCode, _dynDTree.DadLen);
            }
            InitBlock();
            if (last) BiWindup();
        }
    }
}
