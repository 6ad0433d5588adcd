using static Py2Cs.Runtime.Modules.AsyncoreParts.AsyncLevel;

namespace Py2Cs.Runtime.Modules.AsynchatParts;

/// <summary>asynchat.simple_producer and fifo (a deque wrapper), as in 2.7.</summary>
static class ProducerClasses
{
    public static PyType SimpleProducer() => Class("asynchat", "simple_producer", null)
        .Method("__init__", new[] { "self", "data", "buffer_size" }, a =>
        {
            Set(a[0], "data", a[1]);
            Set(a[0], "buffer_size", a[2]);
            return None;
        }, new[] { Int(512) })
        .Method("more", new[] { "self" }, a =>
        {
            var data = Get(a[0], "data");
            var size = Get(a[0], "buffer_size");
            if (Ops.Greater(Int(Ops.Len(data)), size))
            {
                Set(a[0], "data", Ops.GetSlice(data, size, null));
                return Ops.GetSlice(data, null, size);
            }
            Set(a[0], "data", Str(""));
            return data;
        })
        .Build();

    public static PyType Fifo() => Class("asynchat", "fifo", null)
        .Method("__init__", new[] { "self", "list" }, a =>
        {
            var deque = Get(Module("collections"), "deque");
            Set(a[0], "list", True(a[1]) ? Ops.Call(deque, a[1]) : Ops.Call(deque));
            return None;
        }, new[] { None })
        .Method("__len__", new[] { "self" }, a => Int(Ops.Len(Get(a[0], "list"))))
        .Method("is_empty", new[] { "self" }, a => PyBool.From(!True(Get(a[0], "list"))))
        .Method("first", new[] { "self" }, a => Ops.GetItem(Get(a[0], "list"), Int(0)))
        .Method("push", new[] { "self", "data" }, a => { Call(Get(a[0], "list"), "append", a[1]); return None; })
        .Method("pop", new[] { "self" }, a =>
        {
            var list = Get(a[0], "list");
            return True(list) ? PyTuple.Create(Int(1), Call(list, "popleft")) : PyTuple.Create(Int(0), None);
        })
        .Build();
}
