using System;

namespace Py2Cs.Runtime.Modules.copy
{
    /// <summary>copy.py's shallow and deep copy algorithms.</summary>
    internal static class Copier
    {
        static readonly PyStr CopyName = PyStr.Intern("__copy__");
        static readonly PyStr DeepCopyName = PyStr.Intern("__deepcopy__");
        static readonly PyStr ReduceExName = PyStr.Intern("__reduce_ex__");
        static readonly PyStr ReduceName = PyStr.Intern("__reduce__");
        static readonly PyStr GetInitArgsName = PyStr.Intern("__getinitargs__");
        static readonly PyStr GetStateName = PyStr.Intern("__getstate__");
        static readonly PyStr SetStateName = PyStr.Intern("__setstate__");
        static readonly PyStr DictName = PyStr.Intern("__dict__");
        static readonly PyStr ClassName = PyStr.Intern("__class__");

        public static readonly PyDict CopyDispatch = BuildCopyDispatch();
        public static readonly PyDict DeepCopyDispatch = BuildDeepCopyDispatch();

        static PyType[] AtomicTypes() => new[]
        {
            PyNone.None.Type, PyInt.TypeObject, PyLong.TypeObject, PyFloat.TypeObject, PyBool.TypeObject,
            Ops.TypeOf(new PyComplex(0, 0)), PyStr.TypeObject, PyUnicode.TypeObject, PyType.TypeType, PyXRange.TypeObject,
            PyType.ClassicClassType, NativeFunction.TypeObject, PyEllipsis.Value.Type, PyFunction.TypeObject,
        };

        static PyDict BuildCopyDispatch()
        {
            var d = new PyDict();
            var immutable = NativeFunction.Create("_copy_immutable", x => x);
            foreach (var t in AtomicTypes()) d.SetItem(t, immutable);
            d.SetItem(PyTuple.TypeObject, immutable);
            d.SetItem(PyFrozenSet.TypeObject, immutable);
            d.SetItem(PyList.TypeObject, NativeFunction.Create("_copy_list", x => Ops.GetSlice(x, null, null)));
            d.SetItem(PyDict.TypeObject, NativeFunction.Create("_copy_dict", x => Ops.CallMethod(x, "copy")));
            d.SetItem(PySet.TypeObject, NativeFunction.Create("_copy_set", x => Ops.CallMethod(x, "copy")));
            d.SetItem(PyType.ClassicInstanceType, NativeFunction.Create("_copy_inst", CopyInstance));
            return d;
        }

        static PyDict BuildDeepCopyDispatch()
        {
            var d = new PyDict();
            var atomic = NativeFunction.Create("_deepcopy_atomic", (x, memo) => x);
            foreach (var t in AtomicTypes()) d.SetItem(t, atomic);
            d.SetItem(PyList.TypeObject, NativeFunction.Create("_deepcopy_list", DeepCopyList));
            d.SetItem(PyTuple.TypeObject, NativeFunction.Create("_deepcopy_tuple", DeepCopyTuple));
            d.SetItem(PyDict.TypeObject, NativeFunction.Create("_deepcopy_dict", DeepCopyDict));
            d.SetItem(PyMethod.TypeObject, NativeFunction.Create("_deepcopy_method", (x, memo) =>
            {
                var m = (PyMethod)x;
                return new PyMethod(m.Function, DeepCopy(m.Self, memo), m.Class);
            }));
            d.SetItem(PyType.ClassicInstanceType, NativeFunction.Create("_deepcopy_inst", DeepCopyInstance));
            return d;
        }

        /// <summary>mapping.get(key) (None counts as absent, as copy.py's `if copier:` tests do for callables).</summary>
        static PyObject Get(PyObject mapping, PyObject key)
        {
            if (mapping is PyDict d && d.Type == PyDict.TypeObject) return d.Get(key);
            var r = Ops.CallMethod(mapping, "get", key);
            return r is PyNone ? null : r;
        }

        static PyObject DispatchTable => Ops.GetAttr(Importer.ImportModule("copy_reg"), "dispatch_table");

        static string TypeText(PyObject cls) => Ops.Str(cls).ToString();

        public static PyObject Copy(PyObject x)
        {
            var cls = Ops.TypeOf(x);
            if (CopyDispatch.Get(cls) is { } copier) return Ops.Call(copier, x);
            if (Ops.GetAttrOrNull(cls, CopyName) is { } method) return Ops.Call(method, x);
            PyObject rv;
            if (Get(DispatchTable, cls) is { } reductor) rv = Ops.Call(reductor, x);
            else if (Ops.GetAttrOrNull(x, ReduceExName) is { } reduceEx) rv = Ops.Call(reduceEx, PyInt.From(2));
            else if (Ops.GetAttrOrNull(x, ReduceName) is { } reduce) rv = Ops.Call(reduce);
            else throw Ops.MakeRaise(global::Py2Cs.Runtime.copy.Error, PyStr.FromString($"un(shallow)copyable object of type {TypeText(cls)}"));
            return Reconstruct(x, rv, false, new PyDict());
        }

        public static PyObject DeepCopy(PyObject x, PyObject memo)
        {
            var d = PyInt.From(Ops.Id(x));
            var found = Get(memo, d);
            if (found != null) return found;
            var cls = Ops.TypeOf(x);
            PyObject y;
            if (DeepCopyDispatch.Get(cls) is { } copier) y = Ops.Call(copier, x, memo);
            else if (cls.IsSubtypeOf(PyType.TypeType)) y = x;
            else if (Ops.GetAttrOrNull(x, DeepCopyName) is { } method) y = Ops.Call(method, memo);
            else
            {
                PyObject rv;
                if (Get(DispatchTable, cls) is { } reductor) rv = Ops.Call(reductor, x);
                else if (Ops.GetAttrOrNull(x, ReduceExName) is { } reduceEx) rv = Ops.Call(reduceEx, PyInt.From(2));
                else if (Ops.GetAttrOrNull(x, ReduceName) is { } reduce) rv = Ops.Call(reduce);
                else throw Ops.MakeRaise(global::Py2Cs.Runtime.copy.Error, PyStr.FromString($"un(deep)copyable object of type {TypeText(cls)}"));
                y = Reconstruct(x, rv, true, memo);
            }
            Ops.SetItem(memo, d, y);
            KeepAlive(x, memo);
            return y;
        }

        /// <summary>Keeps x alive while the memo is (ids are reused otherwise).</summary>
        public static void KeepAlive(PyObject x, PyObject memo)
        {
            var key = PyInt.From(Ops.Id(memo));
            if (Get(memo, key) is { } list) Ops.CallMethod(list, "append", x);
            else Ops.SetItem(memo, key, PyList.Create(x));
        }

        static PyObject DeepCopyList(PyObject x, PyObject memo)
        {
            var y = new PyList();
            Ops.SetItem(memo, PyInt.From(Ops.Id(x)), y);
            var it = Ops.Iter(x);
            for (var a = it.Next(); a != null; a = it.Next()) y.Append(DeepCopy(a, memo));
            return y;
        }

        static PyObject DeepCopyTuple(PyObject x, PyObject memo)
        {
            var t = (PyTuple)x;
            var items = new PyObject[t.Count];
            for (int i = 0; i < items.Length; i++) items[i] = DeepCopy(t[i], memo);
            var d = PyInt.From(Ops.Id(x));
            // a recursive copy of the tuple may have been made meanwhile
            if (Get(memo, d) is { } done) return done;
            PyObject y = x;
            for (int i = 0; i < items.Length; i++)
                if (!ReferenceEquals(items[i], t[i])) { y = PyTuple.Create(items); break; }
            Ops.SetItem(memo, d, y);
            return y;
        }

        static PyObject DeepCopyDict(PyObject x, PyObject memo)
        {
            var y = new PyDict();
            Ops.SetItem(memo, PyInt.From(Ops.Id(x)), y);
            var items = Ops.Iter(Ops.CallMethod(x, "iteritems"));
            for (var kv = items.Next(); kv != null; kv = items.Next())
            {
                var pair = (PyTuple)kv;
                y.SetItem(DeepCopy(pair[0], memo), DeepCopy(pair[1], memo));
            }
            return y;
        }

        static PyObject EmptyInstanceOf(PyObject x) => new PyInstance((PyType)Ops.GetAttr(x, ClassName));

        public static PyObject CopyInstance(PyObject x)
        {
            if (Ops.GetAttrOrNull(x, CopyName) is { } copier) return Ops.Call(copier);
            PyObject y = Ops.GetAttrOrNull(x, GetInitArgsName) is { } initArgs
                ? Ops.CallEx(Ops.GetAttr(x, ClassName), Array.Empty<PyObject>(), null, Ops.Call(initArgs), null)
                : EmptyInstanceOf(x);
            var state = Ops.GetAttrOrNull(x, GetStateName) is { } getState ? Ops.Call(getState) : Ops.GetAttr(x, DictName);
            SetState(y, state);
            return y;
        }

        public static PyObject DeepCopyInstance(PyObject x, PyObject memo)
        {
            if (Ops.GetAttrOrNull(x, DeepCopyName) is { } copier) return Ops.Call(copier, memo);
            PyObject y;
            if (Ops.GetAttrOrNull(x, GetInitArgsName) is { } initArgs)
            {
                var args = DeepCopy(Ops.Call(initArgs), memo);
                y = Ops.CallEx(Ops.GetAttr(x, ClassName), Array.Empty<PyObject>(), null, args, null);
            }
            else y = EmptyInstanceOf(x);
            Ops.SetItem(memo, PyInt.From(Ops.Id(x)), y);
            var state = Ops.GetAttrOrNull(x, GetStateName) is { } getState ? Ops.Call(getState) : Ops.GetAttr(x, DictName);
            state = DeepCopy(state, memo);
            SetState(y, state);
            return y;
        }

        static void SetState(PyObject y, PyObject state)
        {
            if (Ops.GetAttrOrNull(y, SetStateName) is { } setState) Ops.Call(setState, state);
            else Ops.CallMethod(Ops.GetAttr(y, DictName), "update", state);
        }

        public static PyObject Reconstruct(PyObject x, PyObject info, bool deep, PyObject memo)
        {
            if (info is PyStr) return x;
            if (info is not PyTuple t) throw Ops.AssertionError("");
            int n = t.Count;
            if (n < 2 || n > 5) throw Ops.AssertionError("");
            PyObject callable = t[0], args = t[1];
            PyObject state = n > 2 ? t[2] : PyNone.None;
            PyObject listiter = n > 3 ? t[3] : PyNone.None;
            PyObject dictiter = n > 4 ? t[4] : PyNone.None;
            if (deep) args = DeepCopy(args, memo);
            var y = Ops.CallEx(callable, Array.Empty<PyObject>(), null, args, null);
            Ops.SetItem(memo, PyInt.From(Ops.Id(x)), y);
            if (state is not PyNone)
            {
                if (deep) state = DeepCopy(state, memo);
                if (Ops.GetAttrOrNull(y, SetStateName) is { } setState) Ops.Call(setState, state);
                else
                {
                    PyObject slotstate = PyNone.None;
                    if (state is PyTuple st && st.Count == 2) { state = st[0]; slotstate = st[1]; }
                    if (state is not PyNone) Ops.CallMethod(Ops.GetAttr(y, DictName), "update", state);
                    if (slotstate is not PyNone)
                    {
                        var items = Ops.Iter(Ops.CallMethod(slotstate, "iteritems"));
                        for (var kv = items.Next(); kv != null; kv = items.Next())
                        {
                            var pair = Ops.UnpackSequence(kv, 2);
                            Ops.SetAttr(y, pair[0] as PyStr ?? throw Ops.TypeError("attribute name must be string"), pair[1]);
                        }
                    }
                }
            }
            if (listiter is not PyNone)
            {
                var it = Ops.Iter(listiter);
                for (var item = it.Next(); item != null; item = it.Next())
                    Ops.CallMethod(y, "append", deep ? DeepCopy(item, memo) : item);
            }
            if (dictiter is not PyNone)
            {
                var it = Ops.Iter(dictiter);
                for (var kv = it.Next(); kv != null; kv = it.Next())
                {
                    var pair = Ops.UnpackSequence(kv, 2);
                    PyObject key = pair[0], value = pair[1];
                    if (deep) { key = DeepCopy(key, memo); value = DeepCopy(value, memo); }
                    Ops.SetItem(y, key, value);
                }
            }
            return y;
        }
    }
}
