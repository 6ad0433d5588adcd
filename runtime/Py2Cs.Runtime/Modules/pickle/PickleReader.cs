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
        readonly List<int> _marks = new();

        static readonly PyObject Mark = new PyList();

        public PickleReader(Func<int, byte[]> read, Func<byte[]> readLine, PyObject unpickler, PyDict memo, bool cPickle, PyType errorType)
        {
            _read = read; _readLine = readLine; _unpickler = unpickler; _memo = memo; _cPickle = cPickle; _errorType = errorType;
        }

        byte[] Read(int n)
        {
            var data = _read(n);
            if (data.Length < n) throw Ops.EOFError("");
            return data;
        }

        byte[] ReadLineBody()
        {
            var line = _readLine();
            if (line.Length == 0 || line[^1] != '\n')
            {
                if (_cPickle) throw Ops.EOFError("");
                throw Ops.ValueError("insecure string pickle");
            }
            return line[..^1];
        }

        string ReadLineAscii() => Encoding.Latin1.GetString(ReadLineBody());

        int ReadInt32() { var b = Read(4); return b[0] | b[1] << 8 | b[2] << 16 | b[3] << 24; }

        void Push(PyObject o) => _stack.Add(o);
        PyObject Pop() { var o = _stack[^1]; _stack.RemoveAt(_stack.Count - 1); return o; }
        PyObject Top => _stack[^1];

        int Marker()
        {
            for (int k = _stack.Count - 1; k >= 0; k--) if (ReferenceEquals(_stack[k], Mark)) return k;
            throw Ops.Error(_errorType, "could not find MARK");
        }

        PyObject[] PopToMark()
        {
            int k = Marker();
            var items = _stack.GetRange(k + 1, _stack.Count - k - 1).ToArray();
            _stack.RemoveRange(k, _stack.Count - k);
            return items;
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
                    case (byte)'.': return _stack.Count > 0 ? Pop() : throw Ops.Error(_errorType, "unpickling stack underflow");
                    case (byte)'(': Push(Mark); break;
                    case (byte)'0': Pop(); break;
                    case (byte)'1': PopToMark(); break;
                    case (byte)'2': Push(Top); break;
                    case (byte)'N': Push(PyNone.None); break;
                    case 0x88: Push(PyBool.True); break;
                    case 0x89: Push(PyBool.False); break;
                    case (byte)'I':
                    {
                        var text = ReadLineAscii();
                        if (text == "00") Push(PyBool.False);
                        else if (text == "01") Push(PyBool.True);
                        else Push(Ops.Call(PyInt.TypeObject, PyStr.FromString(text)));
                        break;
                    }
                    case (byte)'J': Push(PyInt.From(ReadInt32())); break;
                    case (byte)'K': Push(PyInt.From(Read(1)[0])); break;
                    case (byte)'M': { var b = Read(2); Push(PyInt.From(b[0] | b[1] << 8)); break; }
                    case (byte)'L':
                    {
                        var text = ReadLineAscii();
                        if (text.EndsWith('L')) text = text[..^1];
                        Push(Ops.Call(PyLong.TypeObject, PyStr.FromString(text)));
                        break;
                    }
                    case 0x8a: Push(DecodeLong(Read(Read(1)[0]))); break;
                    case 0x8b:
                    {
                        int n = ReadInt32();
                        if (n < 0) throw Ops.Error(_errorType, "LONG pickle has negative byte count");
                        Push(DecodeLong(Read(n)));
                        break;
                    }
                    case (byte)'F': Push(Ops.Call(PyFloat.TypeObject, PyStr.FromString(ReadLineAscii()))); break;
                    case (byte)'G':
                    {
                        var b = Read(8);
                        long bits = 0;
                        for (int i = 0; i < 8; i++) bits = bits << 8 | b[i];
                        Push(new PyFloat(BitConverter.Int64BitsToDouble(bits)));
                        break;
                    }
                    case (byte)'S': Push(PyStr.Wrap(StringEscape.DecodeQuoted(ReadLineBody()))); break;
                    case (byte)'T':
                    {
                        int n = ReadInt32();
                        if (n < 0) throw Ops.Error(_errorType, "BINSTRING pickle has negative byte count");
                        Push(PyStr.Wrap(Read(n)));
                        break;
                    }
                    case (byte)'U': Push(PyStr.Wrap(Read(Read(1)[0]))); break;
                    case (byte)'V': Push(PyUnicode.FromString(RawUnicodeEscape.Decode(ReadLineBody()))); break;
                    case (byte)'X': Push(PyUnicode.FromString(Encoding.UTF8.GetString(Read(ReadInt32())))); break;
                    case (byte)')': Push(PyTuple.Empty); break;
                    case (byte)'t': Push(PyTuple.Create(PopToMark())); break;
                    case 0x85: Push(PyTuple.Create(Pop())); break;
                    case 0x86: { var b = Pop(); var a = Pop(); Push(PyTuple.Create(a, b)); break; }
                    case 0x87: { var c = Pop(); var b = Pop(); var a = Pop(); Push(PyTuple.Create(a, b, c)); break; }
                    case (byte)']': Push(new PyList()); break;
                    case (byte)'l': Push(PyList.Create(PopToMark())); break;
                    case (byte)'}': Push(new PyDict()); break;
                    case (byte)'d':
                    {
                        var items = PopToMark();
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
                        if (list is PyList l && l.Type == PyList.TypeObject) foreach (var x in items) l.Append(x);
                        else foreach (var x in items) Append(list, x);
                        break;
                    }
                    case (byte)'s': { var v = Pop(); var k = Pop(); Ops.SetItem(Top, k, v); break; }
                    case (byte)'u':
                    {
                        var items = PopToMark();
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
                    case 0x82: Push(GetExtension(Read(1)[0])); break;
                    case 0x83: { var b = Read(2); Push(GetExtension(b[0] | b[1] << 8)); break; }
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
                    case (byte)'p': _memo.SetItem(PyStr.FromString(ReadLineAscii()), Top); break;
                    case (byte)'q': _memo.SetItem(PyStr.FromString(Read(1)[0].ToString()), Top); break;
                    case (byte)'r': _memo.SetItem(PyStr.FromString(ReadInt32().ToString()), Top); break;
                    case (byte)'g': Push(MemoGet(ReadLineAscii())); break;
                    case (byte)'h': Push(MemoGet(Read(1)[0].ToString())); break;
                    case (byte)'j': Push(MemoGet(ReadInt32().ToString())); break;
                    case (byte)'P':
                        Push(Ops.Call(PersistentLoad(), PyStr.Wrap(ReadLineBody())));
                        break;
                    case (byte)'Q': Push(Ops.Call(PersistentLoad(), Pop())); break;
                    case 0x80:
                    {
                        int proto = Read(1)[0];
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

        PyObject MemoGet(string key)
        {
            var found = _memo.Get(PyStr.FromString(key));
            if (found != null) return found;
            if (_cPickle) throw Ops.Error(_errorType, $"Memo value not found at index {key}");
            throw Ops.KeyError(PyStr.FromString(key));
        }

        PyObject PersistentLoad() =>
            Ops.GetAttrOrNull(_unpickler, "persistent_load") ?? throw Ops.Error(_errorType, "A load persistent id instruction was encountered,\nbut no persistent_load function was specified.");

        PyObject FindClass(PyStr module, PyStr name) => Ops.CallMethod(_unpickler, "find_class", module, name);

        static PyObject DecodeLong(byte[] bytes) =>
            new PyLong(bytes.Length == 0 ? BigInteger.Zero : new BigInteger(bytes, isUnsigned: false, isBigEndian: false));

        PyObject GetExtension(int code)
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
