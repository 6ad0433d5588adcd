using System;
using System.Collections.Generic;
using System.Numerics;
using System.Text;

namespace Py2Cs.Runtime.Modules.pickle
{
    /// <summary>
    /// pickle.py's Unpickler: reads protocol 0-2 opcodes through the source's read/readline (a file
    /// is left positioned just after the pickle, so several pickles can follow each other), building
    /// objects on a stack with marks. find_class and persistent_load are looked up on the Python
    /// Unpickler object so subclasses can override them.
    /// </summary>
    internal sealed class PickleReader
    {
        readonly Func<int, byte[]> _read;
        readonly Func<byte[]> _readLine;
        readonly PyObject _unpickler;
        readonly PyDict _memo;
        readonly bool _cPickle;
        readonly PyType _errorType;
        readonly List<PyObject> _stack = new();

        static readonly PyObject Mark = new PyList();

        public PickleReader(Func<int, byte[]> read, Func<byte[]> readLine, PyObject unpickler, PyDict memo, bool cPickle, PyType errorType)
        {
            _read = read; _readLine = readLine; _unpickler = unpickler; _memo = memo; _cPickle = cPickle; _errorType = errorType;
        }

        // Reading primitives. pickle.py and cPickle fail differently on truncated or malformed data, and
        // programs see the difference: pickle.py's ord(read(1)) raises TypeError on an empty read, its
        // marshal.loads('i' + read(4)) turns missing bytes into -1 bytes (the next read then hits EOF),
        // its readline()[:-1] drops the last character whether or not it is a newline, and its stack is
        // a list (IndexError); cPickle raises EOFError, "pickle data was truncated" and its own
        // UnpicklingError messages. Each primitive follows the flavour this reader was built for.

        /// <summary>Exactly n bytes (cPickle: EOFError when short; also the length-prefixed reads of pickle.py
        /// go through ReadData, which accepts short data).</summary>
        byte[] Read(int n)
        {
            var data = _read(n);
            if (data.Length < n) throw Ops.EOFError("");
            return data;
        }

        /// <summary>A length-prefixed payload: pickle.py appends whatever read(n) returned (read of a negative
        /// count reads to the end); cPickle needs every byte.</summary>
        byte[] ReadData(long n, string opcodeName)
        {
            if (_cPickle)
            {
                if (n < 0) throw Ops.Error(_errorType, $"{opcodeName} pickle has negative byte count");
                return Read((int)n);
            }
            return _read(n < 0 ? -1 : (int)Math.Min(n, int.MaxValue));
        }

        /// <summary>One unsigned byte: pickle.py's ord(self.read(1)).</summary>
        int ReadByte()
        {
            var b = _read(1);
            if (b.Length == 1) return b[0];
            if (_cPickle) throw Ops.EOFError("");
            throw Ops.TypeError("ord() expected a character, but string of length 0 found");
        }

        /// <summary>A little-endian int32: pickle.py's marshal.loads('i' + self.read(count) + padding), whose
        /// reader (2.7's r_long) takes a missing byte as EOF (-1) without complaint.</summary>
        long ReadInt32(int count = 4)
        {
            var b = _read(count);
            if (_cPickle && b.Length < count) throw Ops.EOFError("");
            // marshal's view: the bytes read, the zero padding BININT2/EXT2 add, then -1 for each missing byte.
            Span<long> seen = stackalloc long[4];
            int n = 0;
            foreach (var x in b) seen[n++] = x;
            for (int i = count; i < 4; i++) seen[n++] = 0;
            while (n < 4) seen[n++] = -1;
            long v = seen[0] | seen[1] << 8 | seen[2] << 16 | seen[3] << 24;
            return v | -(v & 0x80000000L);
        }

        /// <summary>A text argument line as read: pickle.py takes whatever readline() gives; cPickle rejects
        /// a line shorter than <paramref name="cPickleMinimum"/> as truncated.</summary>
        byte[] ReadLine(int cPickleMinimum = 2)
        {
            var line = _readLine();
            if (_cPickle && line.Length < cPickleMinimum) throw Ops.Error(_errorType, "pickle data was truncated");
            return line;
        }

        /// <summary>A text argument line without its end: readline()[:-1], which drops the last character
        /// even when it is not a newline (both modules).</summary>
        byte[] ReadLineBody(int cPickleMinimum = 2)
        {
            var line = ReadLine(cPickleMinimum);
            return line.Length == 0 ? line : line[..^1];
        }

        string ReadLineAscii() => Encoding.Latin1.GetString(ReadLineBody());

        void Push(PyObject o) => _stack.Add(o);

        PyObject Pop()
        {
            if (_stack.Count == 0) throw StackError("pop from empty list");
            var o = _stack[^1];
            _stack.RemoveAt(_stack.Count - 1);
            return o;
        }

        PyObject Top => _stack.Count > 0 ? _stack[^1] : throw StackError("list index out of range");

        /// <summary>The item <paramref name="depth"/> places below the top (0 is the top), for TUPLE2/TUPLE3.</summary>
        PyObject Peek(int depth) => _stack.Count > depth ? _stack[^(depth + 1)] : throw StackError("list index out of range");

        PythonException StackError(string pickleMessage) =>
            _cPickle ? Ops.Error(_errorType, "unpickling stack underflow") : Ops.IndexError(pickleMessage);

        PyObject[] PopToMark()
        {
            int k = Marker();
            var items = _stack.GetRange(k + 1, _stack.Count - k - 1).ToArray();
            _stack.RemoveRange(k, _stack.Count - k);
            return items;
        }

        int Marker()
        {
            for (int k = _stack.Count - 1; k >= 0; k--) if (ReferenceEquals(_stack[k], Mark)) return k;
            throw _cPickle ? Ops.Error(_errorType, "could not find MARK") : Ops.IndexError("list index out of range");
        }

        public PyObject Load()
        {
            while (true)
            {
                var key = _read(1);
                if (key.Length == 0) throw Ops.EOFError("");
                byte op = key[0];
                switch (op)
                {
                    case (byte)'.':
                        if (_stack.Count == 0) throw _cPickle ? Ops.Error(_errorType, "bad pickle data") : Ops.IndexError("pop from empty list");
                        return Pop();
                    case (byte)'(': Push(Mark); break;
                    case (byte)'0':
                        if (_stack.Count == 0) throw StackError("list assignment index out of range");
                        Pop();
                        break;
                    case (byte)'1': PopToMark(); break;
                    case (byte)'2': Push(Top); break;
                    case (byte)'N': Push(PyNone.None); break;
                    case 0x88: Push(PyBool.True); break;
                    case 0x89: Push(PyBool.False); break;
                    case (byte)'I': Push(LoadInt()); break;
                    case (byte)'J': Push(PyInt.From(ReadInt32())); break;
                    case (byte)'K': Push(PyInt.From(ReadByte())); break;
                    case (byte)'M': Push(PyInt.From(ReadInt32(2))); break;
                    case (byte)'L':
                    {
                        var text = ReadLineAscii();
                        if (text.EndsWith('L')) text = text[..^1];
                        Push(Ops.Call(PyLong.TypeObject, PyStr.FromString(text), PyInt.From(0)));
                        break;
                    }
                    case 0x8a: Push(DecodeLong(ReadData(ReadByte(), "LONG"))); break;
                    case 0x8b: Push(DecodeLong(ReadData(ReadInt32(), "LONG"))); break;
                    case (byte)'F': Push(LoadFloat()); break;
                    case (byte)'G':
                    {
                        var b = _read(8);
                        if (b.Length < 8)
                        {
                            if (_cPickle) throw Ops.EOFError("");
                            throw Ops.Error((PyType)Ops.GetAttr(Importer.ImportModule("struct"), "error"), "unpack requires a string argument of length 8");
                        }
                        long bits = 0;
                        for (int i = 0; i < 8; i++) bits = bits << 8 | b[i];
                        Push(new PyFloat(BitConverter.Int64BitsToDouble(bits)));
                        break;
                    }
                    case (byte)'S': Push(PyStr.Wrap(StringEscape.DecodeQuoted(_cPickle ? ReadLine() : ReadLineBody(), _cPickle))); break;
                    case (byte)'T': Push(PyStr.Wrap(ReadData(ReadInt32(), "BINSTRING"))); break;
                    case (byte)'U': Push(PyStr.Wrap(ReadData(ReadByte(), "SHORT_BINSTRING"))); break;
                    case (byte)'V': Push(PyUnicode.FromString(RawUnicodeEscape.Decode(ReadLineBody(cPickleMinimum: 1)))); break;
                    case (byte)'X': Push(PyUnicode.FromString(Encoding.UTF8.GetString(ReadData(ReadInt32(), "BINUNICODE")))); break;
                    case (byte)')': Push(PyTuple.Empty); break;
                    case (byte)'t': Push(PyTuple.Create(PopToMark())); break;
                    case 0x85: { var a = Peek(0); _stack[^1] = PyTuple.Create(a); break; }
                    case 0x86: { var a = Peek(1); var b = Peek(0); _stack.RemoveRange(_stack.Count - 2, 2); Push(PyTuple.Create(a, b)); break; }
                    case 0x87: { var a = Peek(2); var b = Peek(1); var c = Peek(0); _stack.RemoveRange(_stack.Count - 3, 3); Push(PyTuple.Create(a, b, c)); break; }
                    case (byte)']': Push(new PyList()); break;
                    case (byte)'l': Push(PyList.Create(PopToMark())); break;
                    case (byte)'}': Push(new PyDict()); break;
                    case (byte)'d':
                    {
                        var items = PopToMark();
                        // pickle.py indexes items[i + 1] (IndexError on an odd count); cPickle drops the odd key.
                        if (!_cPickle && items.Length % 2 != 0) throw Ops.IndexError("list index out of range");
                        var d = new PyDict();
                        for (int i = 0; i + 1 < items.Length; i += 2) d.SetItem(items[i], items[i + 1]);
                        Push(d);
                        break;
                    }
                    case (byte)'a': { var v = Pop(); Append(Top, v); break; }
                    case (byte)'e':
                    {
                        var items = PopToMark();
                        var list = Top;
                        if (list is PyList l && (l.Type == PyList.TypeObject || _cPickle)) foreach (var x in items) l.Append(x);
                        else if (_cPickle) foreach (var x in items) Append(list, x);
                        else Ops.CallMethod(list, "extend", PyList.Create(items));
                        break;
                    }
                    case (byte)'s':
                    {
                        if (_cPickle && _stack.Count < 3) throw StackError("");
                        var v = Pop(); var k = Pop(); Ops.SetItem(Top, k, v);
                        break;
                    }
                    case (byte)'u':
                    {
                        var items = PopToMark();
                        if (items.Length % 2 != 0)
                            throw _cPickle ? Ops.Error(_errorType, "odd number of items for SETITEMS") : Ops.IndexError("list index out of range");
                        var d = Top;
                        for (int i = 0; i + 1 < items.Length; i += 2) Ops.SetItem(d, items[i], items[i + 1]);
                        break;
                    }
                    case (byte)'c':
                    {
                        var module = ReadLineBody();
                        var name = ReadLineBody();
                        Push(FindClass(PyStr.Wrap(module), PyStr.Wrap(name)));
                        break;
                    }
                    case 0x82: Push(GetExtension(ReadByte())); break;
                    case 0x83: Push(GetExtension(ReadInt32(2))); break;
                    case 0x84: Push(GetExtension(ReadInt32())); break;
                    case (byte)'i':
                    {
                        var module = ReadLineBody();
                        var name = ReadLineBody();
                        var cls = FindClass(PyStr.Wrap(module), PyStr.Wrap(name));
                        Push(Instantiate(cls, PopToMark()));
                        break;
                    }
                    case (byte)'o':
                    {
                        var items = PopToMark();
                        Push(Instantiate(items[0], items[1..]));
                        break;
                    }
                    case 0x81:
                    {
                        var args = Pop();
                        var cls = Pop();
                        var newArgs = new List<PyObject> { cls };
                        newArgs.AddRange(((PyTuple)args).Items);
                        Push(Ops.Call(Ops.GetAttr(cls, "__new__"), newArgs.ToArray()));
                        break;
                    }
                    case (byte)'R':
                    {
                        var args = Pop();
                        var func = Pop();
                        Push(Ops.CallEx(func, Array.Empty<PyObject>(), null, args, null));
                        break;
                    }
                    case (byte)'b': Build(); break;
                    case (byte)'p': { var k = ReadLineAscii(); _memo.SetItem(PyStr.FromString(k), Top); break; }
                    case (byte)'q': { var k = ReadByte(); _memo.SetItem(PyStr.FromString(k.ToString()), Top); break; }
                    case (byte)'r': { var k = ReadInt32(); _memo.SetItem(PyStr.FromString(k.ToString()), Top); break; }
                    case (byte)'g': { var k = ReadLineAscii(); Push(MemoGet(k, PyStr.FromString(k))); break; }
                    case (byte)'h': { var k = ReadByte(); Push(MemoGet(k.ToString(), PyInt.From(k))); break; }
                    case (byte)'j': { var k = ReadInt32(); Push(MemoGet(k.ToString(), PyInt.From(k))); break; }
                    case (byte)'P':
                        Push(Ops.Call(PersistentLoad(), PyStr.Wrap(ReadLineBody())));
                        break;
                    case (byte)'Q': Push(Ops.Call(PersistentLoad(), Pop())); break;
                    case 0x80:
                    {
                        int proto = ReadByte();
                        if (proto > 2) throw Ops.ValueError($"unsupported pickle protocol: {proto}");
                        break;
                    }
                    default:
                        if (_cPickle)
                            throw Ops.Error(_errorType, $"invalid load key, '{Encoding.Latin1.GetString(key)}'.");
                        throw Ops.KeyError(PyStr.Wrap(key));
                }
            }
        }

        static void Append(PyObject list, PyObject value)
        {
            if (list is PyList l && l.Type == PyList.TypeObject) l.Append(value);
            else Ops.CallMethod(list, "append", value);
        }

        /// <summary>GET/BINGET/LONG_BINGET: pickle.py's memo[repr(i)] raises KeyError of the key string;
        /// cPickle raises BadPickleGet of the key as read (a string for GET, an int for the binary forms).</summary>
        PyObject MemoGet(string key, PyObject cPickleKey)
        {
            var found = _memo.Get(PyStr.FromString(key));
            if (found != null) return found;
            if (_cPickle) throw Ops.Error((PyType)Runtime.cPickle.BadPickleGet, cPickleKey);
            throw Ops.KeyError(PyStr.FromString(key));
        }

        /// <summary>INT: pickle.py tries int(line) then long(line) (so long()'s message names the whole line);
        /// cPickle parses with strtol in base 0 (a long when the text is not a C long followed by the
        /// newline) and reports "could not convert string to int".</summary>
        PyObject LoadInt()
        {
            var line = ReadLine();
            if (line.AsSpan().SequenceEqual("00\n"u8)) return PyBool.False;
            if (line.AsSpan().SequenceEqual("01\n"u8)) return PyBool.True;
            if (_cPickle)
            {
                var text = Encoding.Latin1.GetString(line);
                PyObject value;
                try { value = Ops.Call(PyLong.TypeObject, PyStr.FromString(text.Trim()), PyInt.From(0)); }
                catch (PythonException e) when (e.Matches(PyExceptionTypes.ValueError)) { throw Ops.ValueError("could not convert string to int"); }
                bool asInt = text.EndsWith('\n') && text.Length > 1 && !char.IsWhiteSpace(text[^2])
                    && value is PyLong big && big.Value >= long.MinValue && big.Value <= long.MaxValue;
                return asInt ? PyInt.From((long)((PyLong)value).Value) : value;
            }
            var data = PyStr.Wrap(line);
            try { return Ops.Call(PyInt.TypeObject, data); }
            catch (PythonException e) when (e.Matches(PyExceptionTypes.ValueError)) { return Ops.Call(PyLong.TypeObject, data); }
        }

        /// <summary>FLOAT: pickle.py calls float(readline()[:-1]); cPickle's strtod must stop exactly at the
        /// newline ("could not convert string to float", with the line when nothing converted).</summary>
        PyObject LoadFloat()
        {
            if (!_cPickle) return Ops.Call(PyFloat.TypeObject, PyStr.Wrap(ReadLineBody()));
            var line = ReadLine();
            var text = PyStr.Wrap(line[..^1]);
            try
            {
                var value = Ops.Call(PyFloat.TypeObject, text);
                if (line[^1] == '\n') return value;
            }
            catch (PythonException e) when (e.Matches(PyExceptionTypes.ValueError))
            {
                throw Ops.ValueError("could not convert string to float: " + Encoding.Latin1.GetString(line));
            }
            throw Ops.ValueError("could not convert string to float");
        }

        PyObject PersistentLoad() =>
            Ops.GetAttrOrNull(_unpickler, "persistent_load") ?? throw Ops.Error(_errorType, "A load persistent id instruction was encountered,\nbut no persistent_load function was specified.");

        PyObject FindClass(PyStr module, PyStr name) => Ops.CallMethod(_unpickler, "find_class", module, name);

        static PyObject DecodeLong(byte[] bytes) =>
            new PyLong(bytes.Length == 0 ? BigInteger.Zero : new BigInteger(bytes, isUnsigned: false, isBigEndian: false));

        PyObject GetExtension(long code)
        {
            var copyReg = Importer.ImportModule("copy_reg");
            var cache = (PyDict)Ops.GetAttr(copyReg, "_extension_cache");
            var key = PyInt.From(code);
            if (cache.Get(key) is { } cached) return cached;
            var inverted = (PyDict)Ops.GetAttr(copyReg, "_inverted_registry");
            var entry = inverted.Get(key) as PyTuple ?? throw Ops.ValueError($"unregistered extension code {code}");
            var obj = FindClass((PyStr)entry[0], (PyStr)entry[1]);
            cache.SetItem(key, obj);
            return obj;
        }

        /// <summary>INST/OBJ: a classic class without __getinitargs__ and without arguments gets an
        /// instance whose __init__ is not called, as pickle.py's _EmptyClass trick does.</summary>
        static PyObject Instantiate(PyObject cls, PyObject[] args)
        {
            if (args.Length == 0 && cls is PyType { IsClassic: true } classic && Ops.GetAttrOrNull(cls, "__getinitargs__") == null)
                return new PyInstance(classic);
            return Ops.Call(cls, args);
        }

        void Build()
        {
            var state = Pop();
            var inst = Top;
            if (Ops.GetAttrOrNull(inst, "__setstate__") is { } setState) { Ops.Call(setState, state); return; }
            PyObject slotState = null;
            if (state is PyTuple { Count: 2 } pair) { state = pair[0]; slotState = pair[1]; }
            if (state is not PyNone)
            {
                var dict = Ops.GetAttr(inst, "__dict__");
                var it = Ops.Iter(Ops.CallMethod(state, "iteritems"));
                for (var kv = it.Next(); kv != null; kv = it.Next())
                {
                    var p = (PyTuple)kv;
                    Ops.SetItem(dict, p[0], p[1]);
                }
            }
            if (slotState != null && slotState is not PyNone)
            {
                var it = Ops.Iter(Ops.CallMethod(slotState, "iteritems"));
                for (var kv = it.Next(); kv != null; kv = it.Next())
                {
                    var p = (PyTuple)kv;
                    Ops.SetAttr(inst, (PyStr)Ops.Str(p[0]), p[1]);
                }
            }
        }
    }
}
