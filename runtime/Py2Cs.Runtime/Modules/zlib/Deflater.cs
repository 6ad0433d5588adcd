using System;
using Py2Cs.Runtime.Modules.binascii;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// A deflate compressor that produces the same bytes as zlib 1.2.13 (the library CPython 2.7.18 is
    /// linked with here), so programs that write .gz/.zip files or print compressed data get CPython's
    /// bytes; .NET's built-in deflate (zlib-ng) gives different, equally valid, streams. It follows
    /// deflate.c's state machine: the same window and hash chains, lazy matching parameters per level,
    /// block boundaries, flush modes and output-buffer behaviour (stored blocks at level 0 depend on the
    /// space the caller offers, so the caller passes it as zlib's avail_out). Huffman coding and block
    /// emission are in Deflater.Trees.cs.
    /// </summary>
    internal sealed partial class Deflater
    {
        // Return codes and flush modes, as zlib.h numbers them.
        public const int Z_OK = 0, Z_STREAM_END = 1, Z_STREAM_ERROR = -2, Z_BUF_ERROR = -5;
        public const int Z_NO_FLUSH = 0, Z_PARTIAL_FLUSH = 1, Z_SYNC_FLUSH = 2, Z_FULL_FLUSH = 3, Z_FINISH = 4, Z_BLOCK = 5;
        public const int Z_FILTERED = 1, Z_HUFFMAN_ONLY = 2, Z_RLE = 3, Z_FIXED = 4;

        const int MinMatch = 3, MaxMatch = 258, MinLookahead = MaxMatch + MinMatch + 1, TooFar = 4096, MaxStored = 65535;
        const int InitState = 42, GzipState = 57, BusyState = 113, FinishState = 666;

        enum BlockState { NeedMore, BlockDone, FinishStarted, FinishDone }

        /// <summary>deflate.c's configuration_table: good_length, max_lazy, nice_length, max_chain.</summary>
        static readonly (int Good, int Lazy, int Nice, int Chain)[] Configuration =
        {
            (0, 0, 0, 0), (4, 4, 8, 4), (4, 5, 16, 8), (4, 6, 32, 32), (4, 4, 16, 16),
            (8, 16, 32, 32), (8, 16, 128, 128), (8, 32, 128, 256), (32, 128, 258, 1024), (32, 258, 258, 4096),
        };

        // The stream (z_stream): input and output the caller lends for one Deflate call.
        byte[] _in; int _nextIn, _availIn;
        byte[] _out; int _nextOut, _availOut;
        long _totalIn; // the gzip trailer's ISIZE
        /// <summary>zlib's strm->msg: set by a call that fails with ERR_RETURN, never cleared.</summary>
        public string Message { get; private set; }
        uint _adler;

        // deflate_state
        int _status, _wrap, _lastFlush;
        readonly int _level, _strategy;
        readonly int _wBits, _wSize, _wMask, _hashBits, _hashSize, _hashMask, _hashShift, _litBufSize;
        readonly long _pendingBufSize;
        byte[] _window;
        readonly int _windowSize;
        ushort[] _prev, _head;
        int _insH;
        long _blockStart;
        int _matchLength, _prevMatch, _matchAvailable, _strStart, _matchStart, _lookahead, _prevLength, _insert;
        readonly int _maxChainLength, _maxLazyMatch, _goodMatch, _niceMatch;
        byte[] _pending; int _pendingOut, _pendingCount;

        int MaxDist => _wSize - MinLookahead;

        /// <summary>deflateInit2. Returns null where zlib returns Z_STREAM_ERROR (invalid options).</summary>
        public static Deflater Create(int level, int method, int windowBits, int memLevel, int strategy)
        {
            int wrap = 1;
            if (level == -1) level = 6;
            if (windowBits < 0)
            {
                wrap = 0;
                if (windowBits < -15) return null;
                windowBits = -windowBits;
            }
            else if (windowBits > 15) { wrap = 2; windowBits -= 16; }
            if (memLevel < 1 || memLevel > 9 || method != 8 || windowBits < 8 || windowBits > 15 || level < 0 || level > 9
                || strategy < 0 || strategy > Z_FIXED || (windowBits == 8 && wrap != 1))
                return null;
            if (windowBits == 8) windowBits = 9; // zlib's 256-byte window workaround
            return new Deflater(level, windowBits, memLevel, strategy, wrap);
        }

        Deflater(int level, int windowBits, int memLevel, int strategy, int wrap)
        {
            _wrap = wrap;
            _wBits = windowBits;
            _wSize = 1 << windowBits;
            _wMask = _wSize - 1;
            _hashBits = memLevel + 7;
            _hashSize = 1 << _hashBits;
            _hashMask = _hashSize - 1;
            _hashShift = (_hashBits + MinMatch - 1) / MinMatch;
            _window = new byte[_wSize * 2];
            _prev = new ushort[_wSize];
            _head = new ushort[_hashSize];
            _litBufSize = 1 << (memLevel + 6);
            _pendingBufSize = (long)_litBufSize * 4;
            _pending = new byte[_pendingBufSize + 2L * _wSize + 64]; // zlib shares one buffer with sym_buf; here they are apart
            _symBuf = new byte[_litBufSize * 3];
            _symEnd = (_litBufSize - 1) * 3;
            _level = level;
            _strategy = strategy;

            // deflateReset
            _pendingCount = 0; _pendingOut = 0;
            if (_wrap < 0) _wrap = -_wrap;
            _status = _wrap == 2 ? GzipState : InitState;
            _adler = _wrap == 2 ? 0u : 1u;
            _lastFlush = -2;
            TreesInit();

            // lm_init
            _windowSize = 2 * _wSize;
            Array.Clear(_head);
            var c = Configuration[level];
            _maxLazyMatch = c.Lazy; _goodMatch = c.Good; _niceMatch = c.Nice; _maxChainLength = c.Chain;
            _strStart = 0; _blockStart = 0; _lookahead = 0; _insert = 0;
            _matchLength = _prevLength = MinMatch - 1;
            _matchAvailable = 0;
            _insH = 0;
        }

        /// <summary>deflateCopy: an independent compressor in the same state (compressobj.copy()).</summary>
        public Deflater Copy()
        {
            var d = (Deflater)MemberwiseClone();
            d._window = (byte[])_window.Clone();
            d._prev = (ushort[])_prev.Clone();
            d._head = (ushort[])_head.Clone();
            d._pending = (byte[])_pending.Clone();
            d._symBuf = (byte[])_symBuf.Clone();
            d.CloneTrees();
            return d;
        }

        /// <summary>
        /// One call of zlib's deflate(): consumes input[inOffset..inOffset+inCount) as far as it can and
        /// writes at most outCount bytes at output[outOffset]. Returns the zlib code; consumed and written
        /// say how far it got (the caller offers more output and calls again while the output was filled).
        /// </summary>
        public int Deflate(byte[] input, int inOffset, int inCount, byte[] output, int outOffset, int outCount, int flush,
            out int consumed, out int written)
        {
            _in = input; _nextIn = inOffset; _availIn = inCount;
            _out = output; _nextOut = outOffset; _availOut = outCount;
            int rc = DeflateCall(flush);
            consumed = _nextIn - inOffset;
            written = _nextOut - outOffset;
            _in = null; _out = null;
            return rc;
        }

        static int Rank(int f) => f * 2 - (f > 4 ? 9 : 0);

        int DeflateCall(int flush)
        {
            if (flush > Z_BLOCK || flush < 0) return Z_STREAM_ERROR;
            if (_status == FinishState && flush != Z_FINISH) { Message = "stream error"; return Z_STREAM_ERROR; }
            if (_availOut == 0) { Message = "buffer error"; return Z_BUF_ERROR; }
            int oldFlush = _lastFlush;
            _lastFlush = flush;

            if (_pendingCount != 0)
            {
                FlushPending();
                if (_availOut == 0) { _lastFlush = -1; return Z_OK; }
            }
            else if (_availIn == 0 && Rank(flush) <= Rank(oldFlush) && flush != Z_FINISH)
            {
                Message = "buffer error";
                return Z_BUF_ERROR;
            }
            if (_status == FinishState && _availIn != 0) { Message = "buffer error"; return Z_BUF_ERROR; }

            if (_status == InitState && _wrap == 0) _status = BusyState;
            if (_status == InitState)
            {
                int header = (8 + ((_wBits - 8) << 4)) << 8;
                int levelFlags = _strategy >= Z_HUFFMAN_ONLY || _level < 2 ? 0 : _level < 6 ? 1 : _level == 6 ? 2 : 3;
                header |= levelFlags << 6;
                header += 31 - header % 31;
                PutShortMsb(header);
                _adler = 1;
                _status = BusyState;
                FlushPending();
                if (_pendingCount != 0) { _lastFlush = -1; return Z_OK; }
            }
            if (_status == GzipState)
            {
                _adler = 0;
                PutByte(31); PutByte(139); PutByte(8);
                PutByte(0); PutByte(0); PutByte(0); PutByte(0); PutByte(0);
                PutByte((byte)(_level == 9 ? 2 : _strategy >= Z_HUFFMAN_ONLY || _level < 2 ? 4 : 0));
                PutByte(3); // OS_CODE: Unix
                _status = BusyState;
                FlushPending();
                if (_pendingCount != 0) { _lastFlush = -1; return Z_OK; }
            }

            if (_availIn != 0 || _lookahead != 0 || (flush != Z_NO_FLUSH && _status != FinishState))
            {
                BlockState bstate = _level == 0 ? DeflateStored(flush)
                    : _strategy == Z_HUFFMAN_ONLY ? DeflateHuff(flush)
                    : _strategy == Z_RLE ? DeflateRle(flush)
                    : _level <= 3 ? DeflateFast(flush) : DeflateSlow(flush);
                if (bstate == BlockState.FinishStarted || bstate == BlockState.FinishDone) _status = FinishState;
                if (bstate == BlockState.NeedMore || bstate == BlockState.FinishStarted)
                {
                    if (_availOut == 0) _lastFlush = -1;
                    return Z_OK;
                }
                if (bstate == BlockState.BlockDone)
                {
                    if (flush == Z_PARTIAL_FLUSH) TrAlign();
                    else if (flush != Z_BLOCK)
                    {
                        TrStoredBlock(null, 0, 0, false);
                        if (flush == Z_FULL_FLUSH)
                        {
                            Array.Clear(_head);
                            if (_lookahead == 0) { _strStart = 0; _blockStart = 0; _insert = 0; }
                        }
                    }
                    FlushPending();
                    if (_availOut == 0) { _lastFlush = -1; return Z_OK; }
                }
            }

            if (flush != Z_FINISH) return Z_OK;
            if (_wrap <= 0) return Z_STREAM_END;
            if (_wrap == 2)
            {
                PutByte((byte)_adler); PutByte((byte)(_adler >> 8)); PutByte((byte)(_adler >> 16)); PutByte((byte)(_adler >> 24));
                PutByte((byte)_totalIn); PutByte((byte)(_totalIn >> 8)); PutByte((byte)(_totalIn >> 16)); PutByte((byte)(_totalIn >> 24));
            }
            else
            {
                PutShortMsb((int)(_adler >> 16));
                PutShortMsb((int)(_adler & 0xffff));
            }
            FlushPending();
            if (_wrap > 0) _wrap = -_wrap; // the trailer is written once
            return _pendingCount != 0 ? Z_OK : Z_STREAM_END;
        }

        void PutByte(byte b) => _pending[_pendingCount++] = b;

        void PutShortMsb(int b) { PutByte((byte)(b >> 8)); PutByte((byte)b); }

        /// <summary>flush_pending: moves whole bytes of pending output to the caller's buffer.</summary>
        void FlushPending()
        {
            TrFlushBits();
            int len = Math.Min(_pendingCount, _availOut);
            if (len == 0) return;
            Buffer.BlockCopy(_pending, _pendingOut, _out, _nextOut, len);
            _nextOut += len; _pendingOut += len; _availOut -= len; _pendingCount -= len;
            if (_pendingCount == 0) _pendingOut = 0;
        }

        /// <summary>read_buf: copies input into the window, updating the adler32 (zlib) or crc32 (gzip) check.</summary>
        int ReadBuf(byte[] buf, int offset, int size)
        {
            int len = Math.Min(_availIn, size);
            if (len == 0) return 0;
            _availIn -= len;
            Buffer.BlockCopy(_in, _nextIn, buf, offset, len);
            if (_wrap == 1) _adler = Checksums.Adler32(buf.AsSpan(offset, len), _adler);
            else if (_wrap == 2) _adler = Checksums.Crc32(buf.AsSpan(offset, len), _adler);
            _nextIn += len;
            _totalIn += len;
            return len;
        }

        void UpdateHash(int c) => _insH = ((_insH << _hashShift) ^ c) & _hashMask;

        /// <summary>INSERT_STRING: links the string at str into its hash chain; returns the previous head.</summary>
        int InsertString(int str)
        {
            UpdateHash(_window[str + MinMatch - 1]);
            int matchHead = _prev[str & _wMask] = _head[_insH];
            _head[_insH] = (ushort)str;
            return matchHead;
        }

        void SlideHash()
        {
            for (int n = 0; n < _hashSize; n++) { int m = _head[n]; _head[n] = (ushort)(m >= _wSize ? m - _wSize : 0); }
            for (int n = 0; n < _wSize; n++) { int m = _prev[n]; _prev[n] = (ushort)(m >= _wSize ? m - _wSize : 0); }
        }

        /// <summary>fill_window: slides the window when strstart nears its end and reads more input.</summary>
        void FillWindow()
        {
            do
            {
                int more = _windowSize - _lookahead - _strStart;
                if (_strStart >= _wSize + MaxDist)
                {
                    Buffer.BlockCopy(_window, _wSize, _window, 0, _wSize - more);
                    _matchStart -= _wSize;
                    _strStart -= _wSize;
                    _blockStart -= _wSize;
                    if (_insert > _strStart) _insert = _strStart;
                    SlideHash();
                    more += _wSize;
                }
                if (_availIn == 0) break;
                int n = ReadBuf(_window, _strStart + _lookahead, more);
                _lookahead += n;
                if (_lookahead + _insert >= MinMatch)
                {
                    int str = _strStart - _insert;
                    _insH = _window[str];
                    UpdateHash(_window[str + 1]);
                    while (_insert != 0)
                    {
                        UpdateHash(_window[str + MinMatch - 1]);
                        _prev[str & _wMask] = _head[_insH];
                        _head[_insH] = (ushort)str;
                        str++;
                        _insert--;
                        if (_lookahead + _insert < MinMatch) break;
                    }
                }
            } while (_lookahead < MinLookahead && _availIn != 0);
            // zlib zeroes WIN_INIT bytes past the data it reads (high_water); a new .NET array is already zero.
        }

        /// <summary>longest_match: the longest match at strstart along the hash chain from curMatch.</summary>
        int LongestMatch(int curMatch)
        {
            int chainLength = _maxChainLength;
            var w = _window;
            int scan = _strStart;
            int bestLen = _prevLength;
            int niceMatch = _niceMatch;
            int limit = _strStart > MaxDist ? _strStart - MaxDist : 0;
            int strEnd = _strStart + MaxMatch;
            byte scanEnd1 = w[scan + bestLen - 1];
            byte scanEnd = w[scan + bestLen];
            if (_prevLength >= _goodMatch) chainLength >>= 2;
            if (niceMatch > _lookahead) niceMatch = _lookahead;
            do
            {
                int match = curMatch;
                if (w[match + bestLen] != scanEnd || w[match + bestLen - 1] != scanEnd1
                    || w[match] != w[scan] || w[match + 1] != w[scan + 1])
                    continue;
                // scan[2] and match[2] are not compared: equal hashes imply they are equal (zlib's shortcut).
                int len = MatchLength(w, scan, match);
                if (len > bestLen)
                {
                    _matchStart = curMatch;
                    bestLen = len;
                    if (len >= niceMatch) break;
                    scanEnd1 = w[scan + bestLen - 1];
                    scanEnd = w[scan + bestLen];
                }
            } while ((curMatch = _prev[curMatch & _wMask]) > limit && --chainLength != 0);
            return bestLen <= _lookahead ? bestLen : _lookahead;
        }

        /// <summary>
        /// How far the strings at scan and match agree, bytes 0-1 known equal and byte 2 skipped as zlib
        /// skips it: the offset of the first difference from byte 3 on, at most MAX_MATCH. Compares 8
        /// bytes at a time (window holds 2*w_size bytes and scan + MAX_MATCH stays below its end).
        /// </summary>
        static unsafe int MatchLength(byte[] window, int scan, int match)
        {
            fixed (byte* w = window)
            {
                byte* s = w + scan + 3, m = w + match + 3, end = w + scan + MaxMatch;
                while (s + 8 <= end)
                {
                    ulong diff = *(ulong*)s ^ *(ulong*)m;
                    if (diff != 0) return (int)(s - (w + scan)) + System.Numerics.BitOperations.TrailingZeroCount(diff) / 8;
                    s += 8; m += 8;
                }
                while (s < end && *s == *m) { s++; m++; }
                return (int)(s - (w + scan));
            }
        }

        /// <summary>FLUSH_BLOCK_ONLY: emits the block from block_start to strstart.</summary>
        void FlushBlockOnly(bool last)
        {
            TrFlushBlock(_blockStart >= 0 ? _window : null, (int)Math.Max(_blockStart, 0), (int)(_strStart - _blockStart), last);
            _blockStart = _strStart;
            FlushPending();
        }

        /// <summary>deflate_fast (levels 1-3): no lazy evaluation; short matches are inserted in the hash.</summary>
        BlockState DeflateFast(int flush)
        {
            for (;;)
            {
                if (_lookahead < MinLookahead)
                {
                    FillWindow();
                    if (_lookahead < MinLookahead && flush == Z_NO_FLUSH) return BlockState.NeedMore;
                    if (_lookahead == 0) break;
                }
                int hashHead = 0;
                if (_lookahead >= MinMatch) hashHead = InsertString(_strStart);
                if (hashHead != 0 && _strStart - hashHead <= MaxDist) _matchLength = LongestMatch(hashHead);
                bool bflush;
                if (_matchLength >= MinMatch)
                {
                    bflush = TallyDist(_strStart - _matchStart, _matchLength - MinMatch);
                    _lookahead -= _matchLength;
                    if (_matchLength <= _maxLazyMatch && _lookahead >= MinMatch)
                    {
                        _matchLength--;
                        do { _strStart++; InsertString(_strStart); } while (--_matchLength != 0);
                        _strStart++;
                    }
                    else
                    {
                        _strStart += _matchLength;
                        _matchLength = 0;
                        _insH = _window[_strStart];
                        UpdateHash(_window[_strStart + 1]);
                    }
                }
                else
                {
                    bflush = TallyLit(_window[_strStart]);
                    _lookahead--;
                    _strStart++;
                }
                if (bflush) { FlushBlockOnly(false); if (_availOut == 0) return BlockState.NeedMore; }
            }
            return FinishBlocks(flush, _strStart < MinMatch - 1 ? _strStart : MinMatch - 1);
        }

        /// <summary>deflate_slow (levels 4-9): lazy evaluation of matches.</summary>
        BlockState DeflateSlow(int flush)
        {
            for (;;)
            {
                if (_lookahead < MinLookahead)
                {
                    FillWindow();
                    if (_lookahead < MinLookahead && flush == Z_NO_FLUSH) return BlockState.NeedMore;
                    if (_lookahead == 0) break;
                }
                int hashHead = 0;
                if (_lookahead >= MinMatch) hashHead = InsertString(_strStart);
                _prevLength = _matchLength; _prevMatch = _matchStart;
                _matchLength = MinMatch - 1;
                if (hashHead != 0 && _prevLength < _maxLazyMatch && _strStart - hashHead <= MaxDist)
                {
                    _matchLength = LongestMatch(hashHead);
                    if (_matchLength <= 5 && (_strategy == Z_FILTERED
                        || (_matchLength == MinMatch && _strStart - _matchStart > TooFar)))
                        _matchLength = MinMatch - 1;
                }
                if (_prevLength >= MinMatch && _matchLength <= _prevLength)
                {
                    int maxInsert = _strStart + _lookahead - MinMatch;
                    bool bflush = TallyDist(_strStart - 1 - _prevMatch, _prevLength - MinMatch);
                    _lookahead -= _prevLength - 1;
                    _prevLength -= 2;
                    do
                    {
                        if (++_strStart <= maxInsert) InsertString(_strStart);
                    } while (--_prevLength != 0);
                    _matchAvailable = 0;
                    _matchLength = MinMatch - 1;
                    _strStart++;
                    if (bflush) { FlushBlockOnly(false); if (_availOut == 0) return BlockState.NeedMore; }
                }
                else if (_matchAvailable != 0)
                {
                    if (TallyLit(_window[_strStart - 1])) FlushBlockOnly(false);
                    _strStart++;
                    _lookahead--;
                    if (_availOut == 0) return BlockState.NeedMore;
                }
                else
                {
                    _matchAvailable = 1;
                    _strStart++;
                    _lookahead--;
                }
            }
            if (_matchAvailable != 0)
            {
                TallyLit(_window[_strStart - 1]);
                _matchAvailable = 0;
            }
            return FinishBlocks(flush, _strStart < MinMatch - 1 ? _strStart : MinMatch - 1);
        }

        /// <summary>deflate_rle (Z_RLE): matches of distance one only.</summary>
        BlockState DeflateRle(int flush)
        {
            for (;;)
            {
                if (_lookahead <= MaxMatch)
                {
                    FillWindow();
                    if (_lookahead <= MaxMatch && flush == Z_NO_FLUSH) return BlockState.NeedMore;
                    if (_lookahead == 0) break;
                }
                _matchLength = 0;
                if (_lookahead >= MinMatch && _strStart > 0)
                {
                    var w = _window;
                    int scan = _strStart - 1;
                    byte prev = w[scan];
                    if (prev == w[++scan] && prev == w[++scan] && prev == w[++scan])
                    {
                        int strEnd = _strStart + MaxMatch;
                        while (scan < strEnd && prev == w[++scan]) { }
                        _matchLength = MaxMatch - (strEnd - scan);
                        if (_matchLength > _lookahead) _matchLength = _lookahead;
                    }
                }
                bool bflush;
                if (_matchLength >= MinMatch)
                {
                    bflush = TallyDist(1, _matchLength - MinMatch);
                    _lookahead -= _matchLength;
                    _strStart += _matchLength;
                    _matchLength = 0;
                }
                else
                {
                    bflush = TallyLit(_window[_strStart]);
                    _lookahead--;
                    _strStart++;
                }
                if (bflush) { FlushBlockOnly(false); if (_availOut == 0) return BlockState.NeedMore; }
            }
            return FinishBlocks(flush, 0);
        }

        /// <summary>deflate_huff (Z_HUFFMAN_ONLY): literals only.</summary>
        BlockState DeflateHuff(int flush)
        {
            for (;;)
            {
                if (_lookahead == 0)
                {
                    FillWindow();
                    if (_lookahead == 0)
                    {
                        if (flush == Z_NO_FLUSH) return BlockState.NeedMore;
                        break;
                    }
                }
                _matchLength = 0;
                bool bflush = TallyLit(_window[_strStart]);
                _lookahead--;
                _strStart++;
                if (bflush) { FlushBlockOnly(false); if (_availOut == 0) return BlockState.NeedMore; }
            }
            return FinishBlocks(flush, 0);
        }

        /// <summary>The common end of deflate_fast/slow/rle/huff once the input is used up.</summary>
        BlockState FinishBlocks(int flush, int insert)
        {
            _insert = insert;
            if (flush == Z_FINISH)
            {
                FlushBlockOnly(true);
                return _availOut == 0 ? BlockState.FinishStarted : BlockState.FinishDone;
            }
            if (_symNext != 0)
            {
                FlushBlockOnly(false);
                if (_availOut == 0) return BlockState.NeedMore;
            }
            return BlockState.BlockDone;
        }

        /// <summary>deflate_stored (level 0): stored blocks, copied straight to the output when it has room.</summary>
        BlockState DeflateStored(int flush)
        {
            int minBlock = (int)Math.Min(_pendingBufSize - 5, _wSize);
            int len, left, have;
            bool last = false;
            int used = _availIn;
            do
            {
                len = MaxStored;
                have = (_biValid + 42) >> 3;
                if (_availOut < have) break;
                have = _availOut - have;
                left = (int)(_strStart - _blockStart);
                if (len > (long)left + _availIn) len = left + _availIn;
                if (len > have) len = have;
                if (len < minBlock && ((len == 0 && flush != Z_FINISH) || flush == Z_NO_FLUSH || len != left + _availIn))
                    break;
                last = flush == Z_FINISH && len == left + _availIn;
                TrStoredBlock(null, 0, 0, last);
                _pending[_pendingOut + _pendingCount - 4] = (byte)len;
                _pending[_pendingOut + _pendingCount - 3] = (byte)(len >> 8);
                _pending[_pendingOut + _pendingCount - 2] = (byte)~len;
                _pending[_pendingOut + _pendingCount - 1] = (byte)(~len >> 8);
                FlushPending();
                if (left != 0)
                {
                    if (left > len) left = len;
                    Buffer.BlockCopy(_window, (int)_blockStart, _out, _nextOut, left);
                    _nextOut += left; _availOut -= left;
                    _blockStart += left;
                    len -= left;
                }
                if (len != 0)
                {
                    ReadBuf(_out, _nextOut, len);
                    _nextOut += len; _availOut -= len;
                }
            } while (!last);

            used -= _availIn;
            if (used != 0)
            {
                if (used >= _wSize)
                {
                    Buffer.BlockCopy(_in, _nextIn - _wSize, _window, 0, _wSize);
                    _strStart = _wSize;
                    _insert = _strStart;
                }
                else
                {
                    if (_windowSize - _strStart <= used)
                    {
                        _strStart -= _wSize;
                        Buffer.BlockCopy(_window, _wSize, _window, 0, _strStart);
                        if (_insert > _strStart) _insert = _strStart;
                    }
                    Buffer.BlockCopy(_in, _nextIn - used, _window, _strStart, used);
                    _strStart += used;
                    _insert += Math.Min(used, _wSize - _insert);
                }
                _blockStart = _strStart;
            }
            if (last) return BlockState.FinishDone;
            if (flush != Z_NO_FLUSH && flush != Z_FINISH && _availIn == 0 && _strStart == _blockStart)
                return BlockState.BlockDone;

            have = _windowSize - _strStart;
            if (_availIn > have && _blockStart >= _wSize)
            {
                _blockStart -= _wSize;
                _strStart -= _wSize;
                Buffer.BlockCopy(_window, _wSize, _window, 0, _strStart);
                have += _wSize;
                if (_insert > _strStart) _insert = _strStart;
            }
            if (have > _availIn) have = _availIn;
            if (have != 0)
            {
                ReadBuf(_window, _strStart, have);
                _strStart += have;
                _insert += Math.Min(have, _wSize - _insert);
            }

            have = (_biValid + 42) >> 3;
            have = (int)Math.Min(_pendingBufSize - have, MaxStored);
            minBlock = Math.Min(have, _wSize);
            left = (int)(_strStart - _blockStart);
            if (left >= minBlock || ((left != 0 || flush == Z_FINISH) && flush != Z_NO_FLUSH && _availIn == 0 && left <= have))
            {
                len = Math.Min(left, have);
                last = flush == Z_FINISH && _availIn == 0 && len == left;
                TrStoredBlock(_window, (int)_blockStart, len, last);
                _blockStart += len;
                FlushPending();
            }
            return last ? BlockState.FinishStarted : BlockState.NeedMore;
        }
    }
}
