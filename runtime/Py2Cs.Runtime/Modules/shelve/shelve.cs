#pragma warning disable CS8981 // the module class is named as in Python
using System;
using Py2Cs.Runtime.Modules.getopt;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// The <c>shelve</c> module of Python 2.7: Shelf (a dict-like view pickling values into any
    /// string-to-string mapping, with optional writeback cache), DbfilenameShelf over anydbm (which
    /// picks dumbdbm here, docs/persistence.md), BsdDbShelf's navigation methods, and open(). The
    /// classes are Python classes, and every access to the underlying dict goes through its methods.
    /// </summary>
    [PythonModule("shelve")]
    public static class shelve
    {
        public static readonly PyObject __all__ = PyList.Create(PyStr.FromString("Shelf"), PyStr.FromString("BsdDbShelf"),
            PyStr.FromString("DbfilenameShelf"), PyStr.FromString("open"));

        static PythonException Closed() => Ops.ValueError("invalid operation on closed shelf");

        public static readonly PyType _ClosedDict = new PythonClassBuilder("shelve", "_ClosedDict", PyType.ObjectType)
            .Method("closed", new[] { "self" }, a => throw Closed(), varArgs: "args")
            .Method("__getitem__", new[] { "self" }, a => throw Closed(), varArgs: "args")
            .Method("__setitem__", new[] { "self" }, a => throw Closed(), varArgs: "args")
            .Method("__delitem__", new[] { "self" }, a => throw Closed(), varArgs: "args")
            .Method("keys", new[] { "self" }, a => throw Closed(), varArgs: "args")
            .Method("__contains__", new[] { "self" }, a => throw Closed(), varArgs: "args")
            .Method("__len__", new[] { "self" }, a => throw Closed(), varArgs: "args")
            .Method("__repr__", new[] { "self" }, a => PyStr.FromString("<Closed Dictionary>"))
            .Build();

        static PyObject D(PyObject self) => Ops.GetAttr(self, "dict");

        static PyObject Pickle(PyObject value, PyObject protocol) => Ops.CallMethod(Importer.ImportModule("cPickle"), "dumps", value, protocol);
        static PyObject Unpickle(PyObject data) => Ops.CallMethod(Importer.ImportModule("cPickle"), "loads", data);

        static PyObject Keys(PyObject self) => Ops.CallMethod(self, "keys");

        public static readonly PyType Shelf = new PythonClassBuilder("shelve", "Shelf", PyType.ObjectType)
            .Method("__init__", new[] { "self", "dict", "protocol", "writeback" }, a =>
            {
                Ops.SetAttr(a[0], PyStr.Intern("dict"), a[1]);
                Ops.SetAttr(a[0], PyStr.Intern("_protocol"), a[2] is PyNone ? PyInt.From(0) : a[2]);
                Ops.SetAttr(a[0], PyStr.Intern("writeback"), a[3]);
                Ops.SetAttr(a[0], PyStr.Intern("cache"), new PyDict());
                return PyNone.None;
            }, new PyObject[] { PyNone.None, PyBool.False })
            .Method("keys", new[] { "self" }, a => Ops.CallMethod(D(a[0]), "keys"))
            .Method("__len__", new[] { "self" }, a => PyInt.From(Ops.Len(D(a[0]))))
            .Method("has_key", new[] { "self", "key" }, a => PyBool.From(Ops.Contains(D(a[0]), a[1])))
            .Method("__contains__", new[] { "self", "key" }, a => PyBool.From(Ops.Contains(D(a[0]), a[1])))
            .Method("get", new[] { "self", "key", "default" }, a =>
                Ops.Contains(D(a[0]), a[1]) ? Ops.GetItem(a[0], a[1]) : a[2], new PyObject[] { PyNone.None })
            .Method("__getitem__", new[] { "self", "key" }, a =>
            {
                var cache = Ops.GetAttr(a[0], "cache");
                if (cache is PyDict cd && cd.Get(a[1]) is { } cached) return cached;
                var value = Unpickle(Ops.GetItem(D(a[0]), a[1]));
                if (Ops.IsTrue(Ops.GetAttr(a[0], "writeback"))) Ops.SetItem(cache, a[1], value);
                return value;
            })
            .Method("__setitem__", new[] { "self", "key", "value" }, a =>
            {
                if (Ops.IsTrue(Ops.GetAttr(a[0], "writeback"))) Ops.SetItem(Ops.GetAttr(a[0], "cache"), a[1], a[2]);
                Ops.SetItem(D(a[0]), a[1], Pickle(a[2], Ops.GetAttr(a[0], "_protocol")));
                return PyNone.None;
            })
            .Method("__delitem__", new[] { "self", "key" }, a =>
            {
                Ops.DelItem(D(a[0]), a[1]);
                if (Ops.GetAttr(a[0], "cache") is PyDict cd && cd.Get(a[1]) != null) cd.Remove(a[1]);
                return PyNone.None;
            })
            .Method("close", new[] { "self" }, a =>
            {
                Ops.CallMethod(a[0], "sync");
                if (Ops.GetAttrOrNull(D(a[0]), "close") is { } close) Ops.Call(close);
                Ops.SetAttr(a[0], PyStr.Intern("dict"), Ops.Call(_ClosedDict));
                return PyNone.None;
            })
            .Method("__del__", new[] { "self" }, a =>
            {
                if (Ops.GetAttrOrNull(a[0], "writeback") != null) Ops.CallMethod(a[0], "close");
                return PyNone.None;
            })
            .Method("sync", new[] { "self" }, a =>
            {
                var self = a[0];
                if (Ops.IsTrue(Ops.GetAttr(self, "writeback")) && Ops.IsTrue(Ops.GetAttr(self, "cache")))
                {
                    Ops.SetAttr(self, PyStr.Intern("writeback"), PyBool.False);
                    foreach (var kv in Ops.ToList(Ops.CallMethod(Ops.GetAttr(self, "cache"), "items")))
                    {
                        var p = (PyTuple)kv;
                        Ops.SetItem(self, p[0], p[1]);
                    }
                    Ops.SetAttr(self, PyStr.Intern("writeback"), PyBool.True);
                    Ops.SetAttr(self, PyStr.Intern("cache"), new PyDict());
                }
                if (Ops.GetAttrOrNull(D(self), "sync") is { } sync) Ops.Call(sync);
                return PyNone.None;
            })
            // UserDict.DictMixin's methods, in terms of keys/__getitem__/__setitem__/__delitem__.
            .Method("__iter__", new[] { "self" }, a => Ops.Iter(Keys(a[0])))
            .Method("iterkeys", new[] { "self" }, a => Ops.Iter(Keys(a[0])))
            .Method("itervalues", new[] { "self" }, a => Ops.Iter(Ops.CallMethod(a[0], "values")))
            .Method("iteritems", new[] { "self" }, a => Ops.Iter(Ops.CallMethod(a[0], "items")))
            .Method("values", new[] { "self" }, a =>
            {
                var r = new PyList();
                foreach (var k in Ops.ToList(Keys(a[0]))) r.Append(Ops.GetItem(a[0], k));
                return r;
            })
            .Method("items", new[] { "self" }, a =>
            {
                var r = new PyList();
                foreach (var k in Ops.ToList(Keys(a[0]))) r.Append(PyTuple.Create(k, Ops.GetItem(a[0], k)));
                return r;
            })
            .Method("clear", new[] { "self" }, a =>
            {
                foreach (var k in Ops.ToList(Keys(a[0]))) Ops.DelItem(a[0], k);
                return PyNone.None;
            })
            .Method("setdefault", new[] { "self", "key", "default" }, a =>
            {
                if (Ops.Contains(a[0], a[1])) return Ops.GetItem(a[0], a[1]);
                Ops.SetItem(a[0], a[1], a[2]);
                return a[2];
            }, new PyObject[] { PyNone.None })
            .Method("pop", new[] { "self", "key" }, a =>
            {
                var rest = (PyTuple)a[2];
                if (rest.Count > 1) throw Ops.TypeError($"pop expected at most 2 arguments, got {1 + rest.Count}");
                if (!Ops.Contains(a[0], a[1]))
                {
                    if (rest.Count > 0) return rest[0];
                    throw Ops.KeyError(a[1]);
                }
                var value = Ops.GetItem(a[0], a[1]);
                Ops.DelItem(a[0], a[1]);
                return value;
            }, varArgs: "args")
            .Method("popitem", new[] { "self" }, a =>
            {
                var it = Ops.Iter(a[0]);
                var k = it.Next() ?? throw Ops.KeyError("container is empty");
                var value = Ops.GetItem(a[0], k);
                Ops.DelItem(a[0], k);
                return PyTuple.Create(k, value);
            })
            .Method("update", new[] { "self", "other" }, a =>
            {
                var other = a[1];
                if (other is not PyNone)
                {
                    if (Ops.GetAttrOrNull(other, "keys") is { } keys)
                        foreach (var k in Ops.ToList(Ops.Call(keys))) Ops.SetItem(a[0], k, Ops.GetItem(other, k));
                    else
                        foreach (var kv in Ops.ToList(other)) { var p = Ops.UnpackSequence(kv, 2); Ops.SetItem(a[0], p[0], p[1]); }
                }
                foreach (var kv in Ops.ToList(Ops.CallMethod(a[2], "items"))) { var p = (PyTuple)kv; Ops.SetItem(a[0], p[0], p[1]); }
                return PyNone.None;
            }, new PyObject[] { PyNone.None }, kwArgs: "kwargs")
            .Method("__repr__", new[] { "self" }, a =>
            {
                var d = new PyDict();
                foreach (var kv in Ops.ToList(Ops.CallMethod(a[0], "items"))) { var p = (PyTuple)kv; d.SetItem(p[0], p[1]); }
                return Ops.Repr(d);
            })
            .Build();

        public static readonly PyType BsdDbShelf = new PythonClassBuilder("shelve", "BsdDbShelf", Shelf)
            .Method("set_location", new[] { "self", "key" }, a => Loaded(a[0], Ops.CallMethod(D(a[0]), "set_location", a[1])))
            .Method("next", new[] { "self" }, a => Loaded(a[0], Ops.CallMethod(D(a[0]), "next")))
            .Method("previous", new[] { "self" }, a => Loaded(a[0], Ops.CallMethod(D(a[0]), "previous")))
            .Method("first", new[] { "self" }, a => Loaded(a[0], Ops.CallMethod(D(a[0]), "first")))
            .Method("last", new[] { "self" }, a => Loaded(a[0], Ops.CallMethod(D(a[0]), "last")))
            .Build();

        static PyObject Loaded(PyObject self, PyObject pair)
        {
            var p = Ops.UnpackSequence(pair, 2);
            return PyTuple.Create(p[0], Unpickle(p[1]));
        }

        public static readonly PyType DbfilenameShelf = new PythonClassBuilder("shelve", "DbfilenameShelf", Shelf)
            .Method("__init__", new[] { "self", "filename", "flag", "protocol", "writeback" }, a =>
            {
                var db = Ops.CallMethod(Importer.ImportModule("anydbm"), "open", a[1], a[2]);
                Ops.Call(Ops.GetAttr(Shelf, "__init__"), new[] { a[0], db, a[3], a[4] });
                return PyNone.None;
            }, new PyObject[] { PyStr.FromString("c"), PyNone.None, PyBool.False })
            .Build();

        public static PyObject open(PyObject filename, PyObject flag = null, PyObject protocol = null, PyObject writeback = null) =>
            Ops.Call(DbfilenameShelf, new[] { filename, flag ?? PyStr.FromString("c"), protocol ?? PyNone.None, writeback ?? PyBool.False });
    }
}
