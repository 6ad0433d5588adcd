using System;
using System.Text;

namespace Py2Cs.Runtime.Modules.collections
{
    /// <summary>
    /// collections.deque: a ring buffer (O(1) at both ends), optional maxlen (items fall off the other
    /// end), and a mutation counter so iterators raise "deque mutated during iteration" as CPython's.
    /// Python subclasses' special-method overrides are honoured through the type's attributes.
    /// </summary>
    public sealed class DequeObject : PyObject
    {
        public static readonly PyType TypeObject = PyType.Builtin("deque", () => PyType.ObjectType, Populate);

        readonly PyType _type;
        readonly PyDict _dict;
        PyObject[] _items = new PyObject[8];
        int _head, _count;
        internal long State; // bumped on every mutation
        public int MaxLen = -1;

        public DequeObject(PyType type)
        {
            _type = type;
            if (!type.IsBuiltin && type.HasInstanceDict) _dict = new PyDict();
        }

        public override PyType Type => _type;
        public override PyDict InstanceDict => _dict;
        public override string TypeName => _type.IsBuiltin ? "collections.deque" : _type.Name;
        public int Count => _count;

        PyObject At(int i) => _items[(_head + i) & (_items.Length - 1)];
        void SetAt(int i, PyObject v) => _items[(_head + i) & (_items.Length - 1)] = v;

        void Grow()
        {
            if (_count < _items.Length) return;
            var bigger = new PyObject[_items.Length * 2];
            for (int i = 0; i < _count; i++) bigger[i] = At(i);
            _items = bigger;
            _head = 0;
        }

        // ---- the core operations (deque_append etc.; never dispatch to overrides, as CPython) ----

        public void Append(PyObject x)
        {
            State++;
            if (MaxLen == 0) return;
            Grow();
            SetAt(_count++, x);
            if (MaxLen >= 0 && _count > MaxLen) PopLeft();
        }

        public void AppendLeft(PyObject x)
        {
            State++;
            if (MaxLen == 0) return;
            Grow();
            _head = (_head - 1) & (_items.Length - 1);
            _items[_head] = x;
            _count++;
            if (MaxLen >= 0 && _count > MaxLen) Pop();
        }

        public PyObject Pop()
        {
            if (_count == 0) throw Ops.IndexError("pop from an empty deque");
            State++;
            var x = At(_count - 1);
            SetAt(_count - 1, null);
            _count--;
            return x;
        }

        public PyObject PopLeft()
        {
            if (_count == 0) throw Ops.IndexError("pop from an empty deque");
            State++;
            var x = _items[_head];
            _items[_head] = null;
            _head = (_head + 1) & (_items.Length - 1);
            _count--;
            return x;
        }

        public void Extend(PyObject iterable)
        {
            if (ReferenceEquals(iterable, this)) iterable = PyList.FromIterable(this);
            var it = Ops.Iter(iterable);
            for (var x = it.Next(); x != null; x = it.Next()) Append(x);
        }

        public void ExtendLeft(PyObject iterable)
        {
            if (ReferenceEquals(iterable, this)) iterable = PyList.FromIterable(this);
            var it = Ops.Iter(iterable);
            for (var x = it.Next(); x != null; x = it.Next()) AppendLeft(x);
        }

        public void Rotate(long n)
        {
            if (_count <= 1) return;
            n %= _count;
            if (n < 0) n += _count;
            State++;
            for (long i = 0; i < n; i++)
            {
                var x = At(_count - 1);
                SetAt(_count - 1, null);
                _head = (_head - 1) & (_items.Length - 1);
                _items[_head] = x;
            }
        }

        public void Clear()
        {
            State++;
            Array.Clear(_items);
            _head = 0;
            _count = 0;
        }

        public void Reverse()
        {
            State++;
            for (int i = 0, j = _count - 1; i < j; i++, j--)
            {
                var t = At(i);
                SetAt(i, At(j));
                SetAt(j, t);
            }
        }

        public long CountOf(PyObject v)
        {
            long n = 0, start = State;
            for (int i = 0; i < _count; i++)
            {
                var x = At(i);
                bool eq = ReferenceEquals(x, v) || Ops.Eq(x, v);
                if (start != State) throw Ops.RuntimeError("deque mutated during iteration");
                if (eq) n++;
            }
            return n;
        }

        public void Remove(PyObject v)
        {
            for (int i = 0; i < _count; i++)
            {
                long start = State;
                var x = At(i);
                bool eq = ReferenceEquals(x, v) || Ops.Eq(x, v);
                if (start != State) throw Ops.IndexError("deque mutated during remove().");
                if (eq) { DeleteAt(i); return; }
            }
            throw Ops.ValueError("deque.remove(x): x not in deque");
        }

        void DeleteAt(int index)
        {
            State++;
            for (int i = index; i < _count - 1; i++) SetAt(i, At(i + 1));
            SetAt(_count - 1, null);
            _count--;
        }

        int Index(PyObject key)
        {
            var idx = key is PySlice ? null : key.Index();
            if (idx == null) throw Ops.TypeError($"sequence index must be integer, not '{key.TypeName}'");
            long i = Ops.IndexToLongArg(idx);
            if (i < 0) i += _count;
            if (i < 0 || i >= _count) throw Ops.IndexError("deque index out of range");
            return (int)i;
        }

        public PyObject GetItemCore(PyObject key) => At(Index(key));
        public void SetItemCore(PyObject key, PyObject value) => SetAt(Index(key), value);
        public void DeleteItemCore(PyObject key) => DeleteAt(Index(key));

        public PyObject[] ToArray()
        {
            var r = new PyObject[_count];
            for (int i = 0; i < _count; i++) r[i] = At(i);
            return r;
        }

        public PyStr ReprCore()
        {
            using var guard = ReprGuard.Enter(this, out bool recursive);
            if (recursive) return PyStr.FromString("[...]");
            var sb = new StringBuilder("deque([");
            var items = ToArray();
            for (int i = 0; i < items.Length; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(Ops.Repr(items[i]).ToString());
            }
            sb.Append(']');
            if (MaxLen >= 0) sb.Append(", maxlen=").Append(MaxLen);
            sb.Append(')');
            return PyStr.FromString(sb.ToString());
        }

        PyObject CompareCore(PyObject other, CompareOperator op)
        {
            if (other is not DequeObject d) return PyNotImplemented.Value;
            return Ops.RichCompare(PyList.FromArray(ToArray()), PyList.FromArray(d.ToArray()), op);
        }

        // ---- protocol, honouring Python subclasses' overrides -----------------------------------

        PyObject Override(string name) => _type.IsBuiltin ? null : PythonOverride.Find(_type, name);

        public override PyStr Repr() => Override("__repr__") is { } m ? Ops.CheckStrResult(Ops.CallWithSelf(m, this), "__repr__") : ReprCore();
        public override PyStr Str() => Override("__str__") is { } m ? Ops.CheckStrResult(Ops.CallWithSelf(m, this), "__str__") : Repr();
        public override int Len() => Override("__len__") is { } m ? (int)Ops.IndexToLong(Ops.CallWithSelf(m, this)) : _count;
        public override bool IsTrue() => Override("__nonzero__") is { } m ? Ops.IsTrue(Ops.CallWithSelf(m, this)) : Override("__len__") != null ? Len() != 0 : _count != 0;
        public override long Hash() => Override("__hash__") is { } m ? Ops.Hash(Ops.CallWithSelf(m, this)) : throw Ops.TypeError($"unhashable type: '{TypeName}'");
        public override PyObject GetItem(PyObject key) => Override("__getitem__") is { } m ? Ops.CallWithSelf(m, this, key) : GetItemCore(key);
        public override void SetItem(PyObject key, PyObject value) { if (Override("__setitem__") is { } m) Ops.CallWithSelf(m, this, key, value); else SetItemCore(key, value); }
        public override void DeleteItem(PyObject key) { if (Override("__delitem__") is { } m) Ops.CallWithSelf(m, this, key); else DeleteItemCore(key); }
        public override bool Contains(PyObject item) => Override("__contains__") is { } m ? Ops.IsTrue(Ops.CallWithSelf(m, this, item)) : CountOfUntilFound(item);
        public override PyObject Iter() => Override("__iter__") is { } m ? Ops.CallWithSelf(m, this) : new DequeIterator(this, reversed: false);
        public override PyObject RichCompare(PyObject other, CompareOperator op) =>
            Override(OperatorNames.Method(op).ToString()) is { } m ? PythonOverride.NotImplementedToNull(Ops.CallWithSelf(m, this, other)) : PythonOverride.NotImplementedToNull(CompareCore(other, op));
        public override PyObject InPlaceOp(BinaryOperator op, PyObject other)
        {
            if (Override(OperatorNames.InPlaceMethod(op).ToString()) is { } m) return PythonOverride.NotImplementedToNull(Ops.CallWithSelf(m, this, other));
            if (op != BinaryOperator.Add) return null;
            Extend(other);
            return this;
        }

        bool CountOfUntilFound(PyObject v)
        {
            long start = State;
            for (int i = 0; i < _count; i++)
            {
                var x = At(i);
                bool eq = ReferenceEquals(x, v) || Ops.Eq(x, v);
                if (start != State) throw Ops.RuntimeError("deque mutated during iteration");
                if (eq) return true;
            }
            return false;
        }

        // ---- the Python-visible type --------------------------------------------------------------

        static DequeObject D(PyObject s) => (DequeObject)s;

        static void Populate(PyType t)
        {
            t.Define("__module__", PyStr.FromString("collections"));
            t.Define("__doc__", PyStr.FromString("deque([iterable[, maxlen]]) --> deque object\n\nBuild an ordered collection with optimized access from its endpoints."));
            t.Constructor = (type, args, kw) => new DequeObject(type);
            t.Define("__init__", NativeMethod.CreateRaw(t, "__init__", (s, args, kw) =>
            {
                var a = ArgumentParser.Parse("deque", args, kw, 0, 2, "iterable", "maxlen");
                var d = D(s);
                int maxlen = -1;
                if (a[1] != null && a[1] is not PyNone)
                {
                    long m = Ops.IndexToLongArg(a[1]);
                    if (m < 0) throw Ops.ValueError("maxlen must be non-negative");
                    maxlen = (int)Math.Min(m, int.MaxValue);
                }
                d.MaxLen = maxlen;
                if (d._count > 0) d.Clear();
                if (a[0] != null) d.Extend(a[0]);
                return PyNone.None;
            }));
            t.DefMethod("append", (s, x) => { D(s).Append(x); return PyNone.None; });
            t.DefMethod("appendleft", (s, x) => { D(s).AppendLeft(x); return PyNone.None; });
            t.DefMethod("pop", s => D(s).Pop());
            t.DefMethod("popleft", s => D(s).PopLeft());
            t.DefMethod("extend", (s, x) => { D(s).Extend(x); return PyNone.None; });
            t.DefMethod("extendleft", (s, x) => { D(s).ExtendLeft(x); return PyNone.None; });
            t.DefMethod("rotate", 0, new[] { "n" }, (s, a) => { D(s).Rotate(a[0] == null ? 1 : Ops.IndexToLongArg(a[0])); return PyNone.None; });
            t.DefMethod("remove", (s, x) => { D(s).Remove(x); return PyNone.None; });
            t.DefMethod("count", (s, x) => PyInt.From(D(s).CountOf(x)));
            t.DefMethod("reverse", s => { D(s).Reverse(); return PyNone.None; });
            t.DefMethod("clear", s => { D(s).Clear(); return PyNone.None; });
            t.DefMethod("__copy__", s => Copy(s));
            t.DefMethod("__reduce__", s => Reduce(D(s)));
            t.DefMethod("__len__", s => PyInt.From(D(s)._count));
            t.DefMethod("__getitem__", (s, k) => D(s).GetItemCore(k));
            t.DefMethod("__setitem__", (s, k, v) => { D(s).SetItemCore(k, v); return PyNone.None; });
            t.DefMethod("__delitem__", (s, k) => { D(s).DeleteItemCore(k); return PyNone.None; });
            t.DefMethod("__iter__", s => new DequeIterator(D(s), reversed: false));
            t.DefMethod("__reversed__", s => new DequeIterator(D(s), reversed: true));
            t.DefMethod("__repr__", s => D(s).ReprCore());
            t.DefMethod("__iadd__", (s, o) => { D(s).Extend(o); return s; });
            t.DefMethod("__sizeof__", s => PyInt.From(32 + 8 * D(s)._items.Length));
            foreach (CompareOperator op in Enum.GetValues(typeof(CompareOperator)))
                t.DefMethod(OperatorNames.Method(op).ToString(), (s, o) => D(s).CompareCore(o, op));
            t.Define("__hash__", PyNone.None);
            t.DefProperty("maxlen", s => D(s).MaxLen < 0 ? PyNone.None : PyInt.From(D(s).MaxLen),
                (s, v) => throw Ops.AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable"));
        }

        static PyObject Copy(PyObject s)
        {
            var d = D(s);
            var items = PyList.FromArray(d.ToArray());
            if (d._type.IsBuiltin)
            {
                var r = new DequeObject(d._type) { MaxLen = d.MaxLen };
                r.Extend(items);
                return r;
            }
            return d.MaxLen < 0 ? Ops.Call(d._type, items) : Ops.Call(d._type, items, PyInt.From(d.MaxLen));
        }

        static PyObject Reduce(DequeObject d)
        {
            var list = PyList.FromArray(d.ToArray());
            PyObject args = d.MaxLen < 0 ? PyTuple.Create(list) : PyTuple.Create(list, PyInt.From(d.MaxLen));
            var dict = d._dict;
            return dict != null && dict.Len() > 0 ? PyTuple.Create(d._type, args, dict) : PyTuple.Create(d._type, args);
        }
    }

    /// <summary>deque_iterator / deque_reverse_iterator.</summary>
    public sealed class DequeIterator : PyObject
    {
        public static readonly PyType ForwardType = PyType.Builtin("deque_iterator", () => PyType.ObjectType, IteratorTypes.Populate);
        public static readonly PyType ReverseType = PyType.Builtin("deque_reverse_iterator", () => PyType.ObjectType, IteratorTypes.Populate);

        readonly DequeObject _deque;
        readonly bool _reversed;
        readonly long _state;
        int _index, _remaining;

        public DequeIterator(DequeObject deque, bool reversed)
        {
            _deque = deque;
            _reversed = reversed;
            _state = deque.State;
            _remaining = deque.Count;
            _index = reversed ? deque.Count - 1 : 0;
        }

        public override PyType Type => _reversed ? ReverseType : ForwardType;
        public override PyObject Iter() => this;

        public override PyObject Next()
        {
            if (_deque.State != _state)
            {
                _remaining = 0;
                throw Ops.RuntimeError("deque mutated during iteration");
            }
            if (_remaining <= 0) return null;
            var x = _deque.GetItemCore(PyInt.From(_index));
            _index += _reversed ? -1 : 1;
            _remaining--;
            return x;
        }
    }
}
