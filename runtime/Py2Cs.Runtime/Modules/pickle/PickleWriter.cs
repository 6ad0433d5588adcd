using System;
using System.Collections.Generic;
using System.Numerics;
using System.Text;

namespace Py2Cs.Runtime.Modules.pickle
{
    /// <summary>
    /// pickle.py's Pickler algorithm (protocols 0-2), producing the same bytes as CPython 2.7's pickle
    /// module. The memo is the Pickler's own Python-visible dict (id -> (index, obj)), including the
    /// _keep_alive entry that shifts later memo indices exactly as in CPython; persistent_id is looked
    /// up on the Python object so subclasses can override it.
    /// </summary>
    internal sealed class PickleWriter
    {
        readonly PyObject _pickler;
        readonly PyDict _memo;
        readonly int _proto;
        readonly bool _bin, _fast;
        readonly PyObject _persistentId;
        readonly PyType _errorType;
        readonly ByteBuilder _out = new();

        public PickleWriter(PyObject pickler, PyDict memo, int proto, bool fast, PyType errorType)
        {
            _pickler = pickler;
            _memo = memo;
            _proto = proto;
            _bin = proto >= 1;
            _fast = fast;
            _errorType = errorType;
            _persistentId = pickler == null ? null : Ops.GetAttrOrNull(pickler, "persistent_id");
        }

        public byte[] Dump(PyObject obj)
        {
            if (_proto >= 2) { Write(0x80); Write((byte)_proto); }
            Save(obj);
            Write((byte)'.');
            return Output();
        }

        public byte[] Output() => _out.AsSpan().ToArray();

        void Write(byte b) => _out.Append(b);
        void Write(string ascii) { foreach (char c in ascii) _out.Append((byte)c); }
        void Write(ReadOnlySpan<byte> bytes) => _out.Append(bytes);
        void WriteInt32(int v) { Write((byte)v); Write((byte)(v >> 8)); Write((byte)(v >> 16)); Write((byte)(v >> 24)); }

        PythonException Error(string message) => Ops.Error(_errorType, message);

        static PyObject IdKey(PyObject o) => PyInt.From(Ops.Id(o));

        /// <summary>A Python subclass's save() override (pickle.py's Pickler only): pickle.py calls self.save
        /// for every nested object, so the override sees them all.</summary>
        public PyObject SaveOverride { get; init; }

        void Save(PyObject obj)
        {
            if (SaveOverride != null) Ops.Call(SaveOverride, obj);
            else SaveObject(obj);
        }

        /// <summary>pickle.py's Pickler.save: one object, its parts through <see cref="Save"/>.</summary>
        public void SaveObject(PyObject obj)
        {
            if (_persistentId != null)
            {
                var pid = Ops.Call(_persistentId, obj);
                if (pid is not PyNone) { SavePers(pid); return; }
            }
            if (_memo.Get(IdKey(obj)) is PyTuple found) { WriteGet(Ops.ToInt32(found[0])); return; }
            var t = Ops.TypeOf(obj);
            if (obj is PyNone) { Write((byte)'N'); return; }
            if (t == PyBool.TypeObject) { SaveBool(Ops.IsTrue(obj)); return; }
            if (t == PyInt.TypeObject) { SaveInt(((PyInt)obj).Value); return; }
            if (t == PyLong.TypeObject) { SaveLong(obj); return; }
            if (t == PyFloat.TypeObject) { SaveFloat(obj); return; }
            if (t == PyStr.TypeObject) { SaveStr((PyStr)obj); return; }
            if (t == PyUnicode.TypeObject) { SaveUnicode((PyUnicode)obj); return; }
            if (t == PyTuple.TypeObject) { SaveTuple((PyTuple)obj); return; }
            if (t == PyList.TypeObject) { SaveList(obj); return; }
            if (t == PyDict.TypeObject) { SaveDict(obj); return; }
            if (t == PyType.ClassicInstanceType) { SaveInstance(obj); return; }
            if (t == PyFunction.TypeObject && CPickle)
            {
                try { SaveGlobal(obj, null); return; }
                catch (PythonException e) when (e.Matches(_errorType)) { } // cPickle falls back to reduce (TypeError for a lambda)
            }
            else if (t == PyType.ClassicClassType || t == PyFunction.TypeObject || t == NativeFunction.TypeObject
                || t.IsSubtypeOf(PyType.TypeType)) { SaveGlobal(obj, null); return; }

            PyObject rv, reduce;
            var table = Ops.GetAttr(Importer.ImportModule("copy_reg"), "dispatch_table");
            var reductor = table is PyDict td ? td.Get(t) : null;
            if (reductor != null) { reduce = reductor; rv = Ops.Call(reductor, obj); }
            else if ((reduce = Ops.GetAttrOrNull(obj, "__reduce_ex__")) != null) rv = Ops.Call(reduce, PyInt.From(_proto));
            else if ((reduce = Ops.GetAttrOrNull(obj, "__reduce__")) != null) rv = Ops.Call(reduce);
            else throw Error($"Can't pickle {Ops.Repr(Ops.GetAttr(t, "__name__"))} object: {Ops.Repr(obj)}");
            if (rv.Type == PyStr.TypeObject) { SaveGlobal(obj, rv); return; }
            if (rv.Type != PyTuple.TypeObject) throw Error($"{Ops.Str(reduce)} must return string or tuple");
            var r = (PyTuple)rv;
            if (r.Count < 2 || r.Count > 5) throw Error($"Tuple returned by {Ops.Str(reduce)} must have two to five elements");
            SaveReduce(r[0], r[1], r.Count > 2 ? r[2] : PyNone.None, r.Count > 3 ? r[3] : PyNone.None,
                r.Count > 4 ? r[4] : PyNone.None, obj);
        }

        void SavePers(PyObject pid)
        {
            if (_bin) { Save(pid); Write((byte)'Q'); }
            else { Write((byte)'P'); Write(Ops.Str(pid).Bytes); Write((byte)'\n'); }
        }

        void SaveBool(bool v)
        {
            if (_proto >= 2) Write(v ? (byte)0x88 : (byte)0x89);
            else Write(v ? "I01\n" : "I00\n");
        }

        void SaveInt(long v)
        {
            if (_bin)
            {
                if (v >= 0 && v <= 0xff) { Write((byte)'K'); Write((byte)v); return; }
                if (v >= 0 && v <= 0xffff) { Write((byte)'M'); Write((byte)v); Write((byte)(v >> 8)); return; }
                if (v >= int.MinValue && v <= int.MaxValue) { Write((byte)'J'); WriteInt32((int)v); return; }
            }
            Write("I" + v + "\n");
        }

        void SaveLong(PyObject obj)
        {
            if (_proto >= 2)
            {
                var value = ((PyLong)obj).Value;
                byte[] bytes = value.IsZero ? Array.Empty<byte>() : value.ToByteArray();
                if (bytes.Length < 256) { Write(0x8a); Write((byte)bytes.Length); }
                else { Write(0x8b); WriteInt32(bytes.Length); }
                Write(bytes);
                return;
            }
            Write("L"); Write(Ops.Repr(obj).Bytes); Write((byte)'\n');
        }

        void SaveFloat(PyObject obj)
        {
            if (_bin)
            {
                Write((byte)'G');
                long bits = BitConverter.DoubleToInt64Bits(((PyFloat)obj).Value);
                for (int i = 7; i >= 0; i--) Write((byte)(bits >> (8 * i)));
                return;
            }
            Write("F"); Write(Ops.Repr(obj).Bytes); Write((byte)'\n');
        }

        void SaveStr(PyStr s)
        {
            if (_bin)
            {
                if (s.Length < 256) { Write((byte)'U'); Write((byte)s.Length); }
                else { Write((byte)'T'); WriteInt32(s.Length); }
                Write(s.Bytes);
            }
            else { Write((byte)'S'); Write(Ops.Repr(s).Bytes); Write((byte)'\n'); }
            Memoize(s);
        }

        void SaveUnicode(PyUnicode u)
        {
            if (_bin)
            {
                var utf8 = Encoding.UTF8.GetBytes(u.Value);
                Write((byte)'X'); WriteInt32(utf8.Length); Write(utf8);
            }
            else
            {
                Write((byte)'V');
                Write(RawUnicodeEscape.Encode(u.Value, escapeForPickle: true));
                Write((byte)'\n');
            }
            Memoize(u);
        }

        void SaveTuple(PyTuple t)
        {
            int n = t.Count;
            if (n == 0)
            {
                if (_bin) Write((byte)')'); else Write("(t");
                return;
            }
            if (n <= 3 && _proto >= 2)
            {
                for (int i = 0; i < n; i++) Save(t[i]);
                if (_memo.Get(IdKey(t)) is PyTuple memoized)
                {
                    for (int i = 0; i < n; i++) Write((byte)'0');
                    WriteGet(Ops.ToInt32(memoized[0]));
                    return;
                }
                Write((byte)(0x85 + n - 1));
                Memoize(t);
                return;
            }
            Write((byte)'(');
            for (int i = 0; i < n; i++) Save(t[i]);
            if (_memo.Get(IdKey(t)) is PyTuple recursive)
            {
                // The tuple was reached through one of its own items: drop the copy on the stack.
                if (_bin) Write((byte)'1');
                else for (int i = 0; i <= n; i++) Write((byte)'0');
                WriteGet(Ops.ToInt32(recursive[0]));
                return;
            }
            Write((byte)'t');
            Memoize(t);
        }

        void SaveList(PyObject list)
        {
            if (_bin) Write((byte)']'); else Write("(l");
            Memoize(list);
            BatchAppends(Ops.Iter(list));
        }

        void SaveDict(PyObject dict)
        {
            if (_bin) Write((byte)'}'); else Write("(d");
            Memoize(dict);
            BatchSetItems(Ops.Iter(Ops.CallMethod(dict, "iteritems")));
        }

        const int BatchSize = 1000;

        void BatchAppends(PyObject items)
        {
            if (!_bin)
            {
                for (var x = items.Next(); x != null; x = items.Next()) { Save(x); Write((byte)'a'); }
                return;
            }
            var batch = new List<PyObject>(BatchSize);
            while (true)
            {
                batch.Clear();
                while (batch.Count < BatchSize && items.Next() is { } x) batch.Add(x);
                if (batch.Count > 1)
                {
                    Write((byte)'(');
                    foreach (var x in batch) Save(x);
                    Write((byte)'e');
                }
                else if (batch.Count == 1) { Save(batch[0]); Write((byte)'a'); }
                if (batch.Count < BatchSize) return;
            }
        }

        void BatchSetItems(PyObject items)
        {
            if (!_bin)
            {
                for (var kv = items.Next(); kv != null; kv = items.Next())
                {
                    var pair = (PyTuple)kv;
                    Save(pair[0]); Save(pair[1]); Write((byte)'s');
                }
                return;
            }
            var batch = new List<PyTuple>(BatchSize);
            while (true)
            {
                batch.Clear();
                while (batch.Count < BatchSize && items.Next() is { } kv) batch.Add((PyTuple)kv);
                if (batch.Count > 1)
                {
                    Write((byte)'(');
                    foreach (var p in batch) { Save(p[0]); Save(p[1]); }
                    Write((byte)'u');
                }
                else if (batch.Count == 1) { Save(batch[0][0]); Save(batch[0][1]); Write((byte)'s'); }
                if (batch.Count < BatchSize) return;
            }
        }

        void SaveInstance(PyObject obj)
        {
            var cls = Ops.GetAttr(obj, "__class__");
            PyObject args = PyTuple.Empty;
            if (Ops.GetAttrOrNull(obj, "__getinitargs__") is { } getInitArgs)
            {
                args = Ops.Call(getInitArgs);
                Ops.Len(args);
                KeepAlive(args);
            }
            Write((byte)'(');
            if (_bin)
            {
                Save(cls);
                var it = Ops.Iter(args);
                for (var a = it.Next(); a != null; a = it.Next()) Save(a);
                Write((byte)'o');
            }
            else
            {
                var it = Ops.Iter(args);
                for (var a = it.Next(); a != null; a = it.Next()) Save(a);
                Write((byte)'i');
                Write(Ops.Str(Ops.GetAttr(cls, "__module__")).Bytes); Write((byte)'\n');
                Write(Ops.Str(Ops.GetAttr(cls, "__name__")).Bytes); Write((byte)'\n');
            }
            Memoize(obj);
            PyObject stuff;
            if (Ops.GetAttrOrNull(obj, "__getstate__") is { } getState)
            {
                stuff = Ops.Call(getState);
                KeepAlive(stuff);
            }
            else stuff = Ops.GetAttr(obj, "__dict__");
            Save(stuff);
            Write((byte)'b');
        }

        /// <summary>pickle.py's whichmodule + save_global: the object must be reachable as module.name.</summary>
        void SaveGlobal(PyObject obj, PyObject name)
        {
            name ??= Ops.GetAttr(obj, "__name__");
            var module = Ops.GetAttrOrNull(obj, "__module__");
            if (module == null || module is PyNone) module = WhichModule(obj, name);
            PyObject klass;
            try
            {
                var m = Importer.ImportModule(Ops.Str(module).ToString());
                klass = Ops.GetAttr(m, (PyStr)Ops.Str(name));
            }
            catch (PythonException e) when (e.Matches(PyExceptionTypes.ImportError) || e.Matches(PyExceptionTypes.KeyError) || e.Matches(PyExceptionTypes.AttributeError))
            {
                if (!CPickle) throw Error($"Can't pickle {Ops.Repr(obj)}: it's not found as {Ops.Str(module)}.{Ops.Str(name)}");
                if (e.Matches(PyExceptionTypes.ImportError)) throw Error($"Can't pickle {Ops.Repr(obj)}: import of module {Ops.Str(module)} failed");
                throw Error($"Can't pickle {Ops.Repr(obj)}: attribute lookup {Ops.Str(module)}.{Ops.Str(name)} failed");
            }
            if (!ReferenceEquals(klass, obj))
                throw Error($"Can't pickle {Ops.Repr(obj)}: it's not the same object as {Ops.Str(module)}.{Ops.Str(name)}");
            if (_proto >= 2)
            {
                var registry = Ops.GetAttr(Importer.ImportModule("copy_reg"), "_extension_registry");
                if (registry is PyDict reg && reg.Get(PyTuple.Create(module, name)) is { } codeObj)
                {
                    int code = Ops.ToInt32(codeObj);
                    if (code <= 0xff) { Write(0x82); Write((byte)code); }
                    else if (code <= 0xffff) { Write(0x83); Write((byte)code); Write((byte)(code >> 8)); }
                    else { Write(0x84); WriteInt32(code); }
                    return;
                }
            }
            Write((byte)'c');
            Write(Ops.Str(module).Bytes); Write((byte)'\n');
            Write(Ops.Str(name).Bytes); Write((byte)'\n');
            Memoize(obj);
        }

        static PyObject WhichModule(PyObject obj, PyObject name)
        {
            var modules = (PyDict)Ops.GetAttr(Importer.ImportModule("sys"), "modules");
            var it = Ops.Iter(Ops.CallMethod(modules, "items"));
            for (var kv = it.Next(); kv != null; kv = it.Next())
            {
                var pair = (PyTuple)kv;
                if (pair[1] is PyNone || Ops.Str(pair[0]).ToString() == "__main__") continue;
                if (ReferenceEquals(Ops.GetAttrOrNull(pair[1], (PyStr)Ops.Str(name)), obj)) return pair[0];
            }
            return PyStr.FromString("__main__");
        }

        void SaveReduce(PyObject func, PyObject args, PyObject state, PyObject listItems, PyObject dictItems, PyObject obj)
        {
            if (args is not PyTuple argTuple) throw Error("args from reduce() should be a tuple");
            if (!Ops.IsCallable(func)) throw Error("func from reduce should be callable");
            var funcName = Ops.GetAttrOrNull(func, "__name__");
            if (_proto >= 2 && funcName != null && Ops.Str(funcName).ToString() == "__newobj__")
            {
                var cls = argTuple[0];
                if (Ops.GetAttrOrNull(cls, "__new__") == null) throw Error("args[0] from __newobj__ args has no __new__");
                if (obj != null && !ReferenceEquals(cls, Ops.GetAttr(obj, "__class__")))
                    throw Error("args[0] from __newobj__ args has the wrong class");
                Save(cls);
                var rest = new PyObject[argTuple.Count - 1];
                for (int i = 1; i < argTuple.Count; i++) rest[i - 1] = argTuple[i];
                Save(PyTuple.Create(rest));
                Write(0x81);
            }
            else
            {
                Save(func);
                Save(args);
                Write((byte)'R');
            }
            if (obj != null) Memoize(obj);
            if (listItems is not PyNone) BatchAppends(Ops.Iter(listItems));
            if (dictItems is not PyNone) BatchSetItems(Ops.Iter(dictItems));
            if (state is not PyNone) { Save(state); Write((byte)'b'); }
        }

        /// <summary>cPickle's rules: it numbers the memo from 1 (its put2 does p++; pickle.py from 0), never
        /// memoizes a str or unicode shorter than 2 characters, words save_global's errors its own way, and
        /// pickles a function it cannot find by name through __reduce_ex__ instead.</summary>
        public bool CPickle { get; init; }

        /// <summary>cPickle does not memoize an object nothing else references (refcount below 2). A
        /// caller that knows an object is fresh — logging's makePickle with its msg % args — says so here.</summary>
        public Func<PyObject, bool> Unreferenced { get; init; }

        void Memoize(PyObject obj)
        {
            if (_fast || (Unreferenced != null && Unreferenced(obj))) return;
            if (CPickle && (Ops.TypeOf(obj) == PyStr.TypeObject && ((PyStr)obj).Length < 2
                || Ops.TypeOf(obj) == PyUnicode.TypeObject && ((PyUnicode)obj).Length < 2)) return;
            int index = _memo.Len() + (CPickle ? 1 : 0);
            WritePut(index);
            _memo.SetItem(IdKey(obj), PyTuple.Create(PyInt.From(index), obj));
        }

        /// <summary>pickle.py's _keep_alive: one memo entry (keyed by the memo's id) holding a list.</summary>
        void KeepAlive(PyObject x)
        {
            var key = IdKey(_memo);
            if (_memo.Get(key) is PyList list) list.Append(x);
            else _memo.SetItem(key, PyList.Create(x));
        }

        void WritePut(int i)
        {
            if (_bin)
            {
                if (i < 256) { Write((byte)'q'); Write((byte)i); }
                else { Write((byte)'r'); WriteInt32(i); }
            }
            else Write("p" + i + "\n");
        }

        void WriteGet(int i)
        {
            if (_bin)
            {
                if (i < 256) { Write((byte)'h'); Write((byte)i); }
                else { Write((byte)'j'); WriteInt32(i); }
            }
            else Write("g" + i + "\n");
        }
    }
}
