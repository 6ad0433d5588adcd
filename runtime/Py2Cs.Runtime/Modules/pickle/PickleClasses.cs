using System;
using Py2Cs.Runtime.Modules.getopt;

namespace Py2Cs.Runtime.Modules.pickle
{
    /// <summary>
    /// The Pickler/Unpickler classes and exceptions of pickle and cPickle, built as ordinary Python
    /// classes so programs can subclass them (persistent_id, persistent_load, find_class) and every
    /// call goes through attribute lookup. The two modules differ in class identity and in a few
    /// messages (cPickle reports a bad opcode as UnpicklingError "invalid load key", pickle as KeyError).
    /// </summary>
    internal sealed class PickleClasses
    {
        public readonly string Module;
        public readonly bool IsCPickle;
        public readonly PyType PickleError, PicklingError, UnpicklingError;
        public readonly PyType Pickler, Unpickler;
        readonly PyObject _basePersistentId, _baseSave;
        readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyObject, PickleWriter> _activeWriters = new();

        public PickleClasses(string module, bool isCPickle)
        {
            Module = module;
            IsCPickle = isCPickle;
            PickleError = new PythonClassBuilder(module, "PickleError", PyExceptionTypes.Exception).Build();
            PicklingError = new PythonClassBuilder(module, "PicklingError", PickleError).Build();
            UnpicklingError = new PythonClassBuilder(module, "UnpicklingError", PickleError).Build();
            Pickler = new PythonClassBuilder(module, "Pickler", PyType.ObjectType)
                .Method("__init__", new[] { "self", "file", "protocol" }, a =>
                {
                    int proto = Protocol(a[2]);
                    Ops.SetAttr(a[0], PyStr.Intern("write"), Ops.GetAttr(a[1], "write"));
                    Ops.SetAttr(a[0], PyStr.Intern("memo"), new PyDict());
                    Ops.SetAttr(a[0], PyStr.Intern("proto"), PyInt.From(proto));
                    Ops.SetAttr(a[0], PyStr.Intern("bin"), PyInt.From(proto >= 1 ? 1 : 0));
                    Ops.SetAttr(a[0], PyStr.Intern("fast"), PyInt.From(0));
                    return PyNone.None;
                }, new PyObject[] { PyNone.None })
                .Method("dump", new[] { "self", "obj" }, a =>
                {
                    var self = a[0];
                    var writer = NewWriter(self);
                    _activeWriters.AddOrUpdate(self, writer);
                    byte[] data;
                    try { data = writer.Dump(a[1]); }
                    finally { _activeWriters.Remove(self); }
                    Ops.Call(Ops.GetAttr(self, "write"), PyStr.Wrap(data));
                    return isCPickle ? self : PyNone.None;
                })
                .Method("save", new[] { "self", "obj" }, a =>
                {
                    // Called by a subclass's save() override during dump(), or directly on its own.
                    if (_activeWriters.TryGetValue(a[0], out var active)) { active.SaveObject(a[1]); return PyNone.None; }
                    var writer = NewWriter(a[0]);
                    writer.SaveObject(a[1]);
                    Ops.Call(Ops.GetAttr(a[0], "write"), PyStr.Wrap(writer.Output()));
                    return PyNone.None;
                })
                .Method("clear_memo", new[] { "self" }, a => Ops.CallMethod(Ops.GetAttr(a[0], "memo"), "clear"))
                .Method("persistent_id", new[] { "self", "obj" }, a => PyNone.None)
                .Build();
            _basePersistentId = Pickler.Dict.GetStr("persistent_id");
            _baseSave = Pickler.Dict.GetStr("save");
            Unpickler = new PythonClassBuilder(module, "Unpickler", PyType.ObjectType)
                .Method("__init__", new[] { "self", "file" }, a =>
                {
                    Ops.SetAttr(a[0], PyStr.Intern("readline"), Ops.GetAttr(a[1], "readline"));
                    Ops.SetAttr(a[0], PyStr.Intern("read"), Ops.GetAttr(a[1], "read"));
                    Ops.SetAttr(a[0], PyStr.Intern("memo"), new PyDict());
                    return PyNone.None;
                })
                .Method("load", new[] { "self" }, a =>
                {
                    var self = a[0];
                    var read = Ops.GetAttr(self, "read");
                    var readLine = Ops.GetAttr(self, "readline");
                    return new PickleReader(
                        n => Ops.Str(Ops.Call(read, PyInt.From(n))).Bytes.ToArray(),
                        () => Ops.Str(Ops.Call(readLine)).Bytes.ToArray(),
                        self, (PyDict)Ops.GetAttr(self, "memo"), isCPickle, UnpicklingError).Load();
                })
                .Method("find_class", new[] { "self", "module", "name" }, a =>
                {
                    var m = Importer.ImportModule(Ops.Str(a[1]).ToString());
                    return Ops.GetAttr(m, (PyStr)Ops.Str(a[2]));
                })
                .Build();
        }

        public int Protocol(PyObject protocol)
        {
            if (protocol == null || protocol is PyNone) return 0;
            long p = Ops.IndexToLongArg(protocol);
            if (p < 0) return 2;
            if (p > 2)
                throw Ops.ValueError(IsCPickle ? $"pickle protocol {p} asked for; the highest available protocol is 2" : "pickle protocol must be <= 2");
            return (int)p;
        }

        PickleWriter NewWriter(PyObject self)
        {
            int proto = Ops.ToInt32(Ops.GetAttr(self, "proto"));
            bool fast = Ops.IsTrue(Ops.GetAttr(self, "fast"));
            var memo = (PyDict)Ops.GetAttr(self, "memo");
            bool overridden = !ReferenceEquals(Ops.GetAttrOrNull(Ops.TypeOf(self), "persistent_id") is PyMethod m ? m.Function : Ops.GetAttrOrNull(Ops.TypeOf(self), "persistent_id"), _basePersistentId)
                || ((PyDict)Ops.GetAttr(self, "__dict__")).GetStr("persistent_id") != null;
            // cPickle.Pickler cannot be subclassed in 2.7, so only pickle.py's save() can be overridden.
            var save = IsCPickle ? null : Ops.GetAttrOrNull(Ops.TypeOf(self), "save");
            bool saveOverridden = save != null && !ReferenceEquals(save is PyMethod sm ? sm.Function : save, _baseSave);
            return new PickleWriter(overridden ? self : null, memo, proto, fast, PicklingError)
                { CPickle = IsCPickle, SaveOverride = saveOverridden ? Ops.GetAttr(self, "save") : null };
        }

        public PyObject Dumps(PyObject obj, PyObject protocol) => Dumps(obj, protocol, null);

        public PyObject Dumps(PyObject obj, PyObject protocol, System.Func<PyObject, bool> unreferenced) =>
            PyStr.Wrap(new PickleWriter(null, new PyDict(), Protocol(protocol), false, PicklingError)
                { CPickle = IsCPickle, Unreferenced = unreferenced }.Dump(obj));

        public PyObject Dump(PyObject obj, PyObject file, PyObject protocol)
        {
            Ops.Call(Ops.GetAttr(file, "write"), Dumps(obj, protocol));
            return PyNone.None;
        }

        public PyObject Load(PyObject file) => Ops.CallMethod(Ops.Call(Unpickler, file), "load");

        public PyObject Loads(PyObject data)
        {
            if (data is not PyStr s) throw Ops.TypeError($"loads() argument 1 must be string, not {data.TypeName}");
            var bytes = s.Bytes.ToArray();
            int pos = 0;
            var self = Ops.CallMethod(PyType.ObjectType, "__new__", Unpickler);
            Ops.SetAttr(self, PyStr.Intern("memo"), new PyDict());
            return new PickleReader(
                n => { int k = n < 0 ? bytes.Length - pos : Math.Min(n, bytes.Length - pos); var r = bytes.AsSpan(pos, k).ToArray(); pos += k; return r; },
                () =>
                {
                    int nl = Array.IndexOf(bytes, (byte)'\n', pos);
                    int k = (nl < 0 ? bytes.Length : nl + 1) - pos;
                    var r = bytes.AsSpan(pos, k).ToArray(); pos += k; return r;
                },
                self, (PyDict)Ops.GetAttr(self, "memo"), IsCPickle, UnpicklingError).Load();
        }
    }
}
