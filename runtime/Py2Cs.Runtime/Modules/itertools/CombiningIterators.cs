using System;
using System.Collections.Generic;

namespace Py2Cs.Runtime.Modules.itertools
{
    /// <summary>itertools.chain(*iterables) and chain.from_iterable(iterable): the source iterables are
    /// taken lazily, one at a time.</summary>
    public sealed class ChainObject : IteratorObject
    {
        public static readonly PyType TypeObject = Declare("chain", (type, args, kw) =>
        {
            NoKeywords("chain", kw);
            return new ChainObject(type, PyTuple.Create((PyObject[])args.Clone()).Iter());
        }, t => t.DefClassMethod("from_iterable", 1, new[] { "iterable" }, (cls, a) => new ChainObject((PyType)cls, Ops.Iter(a[0]))));

        readonly PyObject _sources;
        PyObject _active;
        bool _done;
        ChainObject(PyType type, PyObject sources) : base(type) { _sources = sources; }

        public override PyObject Next()
        {
            while (!_done)
            {
                if (_active == null)
                {
                    var src = _sources.Next();
                    if (src == null) { _done = true; return null; }
                    _active = Ops.Iter(src);
                }
                var x = _active.Next();
                if (x != null) return x;
                _active = null;
            }
            return null;
        }
    }

    /// <summary>itertools.imap(function, *iterables): stops at the shortest; a None function gives tuples.</summary>
    public sealed class IMapObject : IteratorObject
    {
        public static readonly PyType TypeObject = Declare("imap", (type, args, kw) =>
        {
            NoKeywords("imap", kw);
            if (args.Length < 2) throw Ops.TypeError("imap() must have at least two arguments.");
            var its = new PyObject[args.Length - 1];
            for (int i = 0; i < its.Length; i++) its[i] = Ops.Iter(args[i + 1]);
            return new IMapObject(type, args[0], its);
        });

        readonly PyObject _function;
        readonly PyObject[] _its;
        IMapObject(PyType type, PyObject function, PyObject[] its) : base(type) { _function = function; _its = its; }

        public override PyObject Next()
        {
            var items = new PyObject[_its.Length];
            for (int i = 0; i < items.Length; i++)
                if ((items[i] = _its[i].Next()) == null) return null;
            if (_function is PyNone) return PyTuple.Create(items);
            return items.Length == 1 ? Ops.Call(_function, items[0]) : Ops.Call(_function, items);
        }
    }

    /// <summary>itertools.starmap(function, iterable): function(*item).</summary>
    public sealed class StarMapObject : IteratorObject
    {
        public static readonly PyType TypeObject = Declare("starmap", (type, args, kw) =>
        {
            Unpack("starmap", args, kw, 2, 2);
            return new StarMapObject(type, args[0], Ops.Iter(args[1]));
        });

        readonly PyObject _function, _it;
        StarMapObject(PyType type, PyObject function, PyObject it) : base(type) { _function = function; _it = it; }

        public override PyObject Next()
        {
            var x = _it.Next();
            if (x == null) return null;
            var args = x is PyTuple t ? t.AsSpan().ToArray() : Ops.ToList(x).ToArray();
            return Ops.Call(_function, args);
        }
    }

    /// <summary>itertools.izip(*iterables) and izip_longest(*iterables, fillvalue=None).</summary>
    public sealed class IZipObject : IteratorObject
    {
        public static readonly PyType TypeObject = Declare("izip", (type, args, kw) =>
        {
            NoKeywords("izip", kw);
            return new IZipObject(type, Iterators("izip", args), null, longest: false);
        });

        public static readonly PyType LongestType = Declare("izip_longest", (type, args, kw) =>
        {
            PyObject fill = PyNone.None;
            int n = args.Length;
            if (kw != null && kw.Length > 0)
            {
                if (kw.Length != 1 || kw[0].ToString() != "fillvalue")
                    throw Ops.TypeError("izip_longest() got an unexpected keyword argument");
                fill = args[^1];
                n--;
            }
            return new IZipObject(type, Iterators("izip_longest", args.AsSpan(0, n).ToArray()), fill, longest: true);
        });

        static PyObject[] Iterators(string name, PyObject[] args)
        {
            var its = new PyObject[args.Length];
            for (int i = 0; i < its.Length; i++)
            {
                try { its[i] = Ops.Iter(args[i]); }
                catch (PythonException e) when (e.Is(PyExceptionTypes.TypeError))
                {
                    throw Ops.TypeError($"{name} argument #{i + 1} must support iteration");
                }
            }
            return its;
        }

        readonly PyObject[] _its;
        readonly PyObject _fill;
        readonly bool _longest;
        int _active;
        IZipObject(PyType type, PyObject[] its, PyObject fill, bool longest) : base(type) { _its = its; _fill = fill; _longest = longest; _active = its.Length; }

        public override PyObject Next()
        {
            if (_its.Length == 0) return null;
            var items = new PyObject[_its.Length];
            for (int i = 0; i < items.Length; i++)
            {
                var x = _its[i]?.Next();
                if (x == null)
                {
                    if (!_longest) return null;
                    if (_its[i] != null) { _its[i] = null; _active--; }
                    if (_active == 0) return null;
                    x = _fill;
                }
                items[i] = x;
            }
            return PyTuple.Create(items);
        }
    }
}
