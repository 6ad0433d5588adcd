using System;
using static Py2Cs.Runtime.Modules.AsyncoreParts.AsyncLevel;

namespace Py2Cs.Runtime.Modules.AsynchatParts;

/// <summary>asynchat.async_chat as 2.7 defines it.</summary>
static class AsyncChatClass
{
    static string Doc(string key) => DocStrings.Members.TryGetValue(key, out var d) ? d : null;

    static readonly int[] BlockingErrors = { EAGAIN, EALREADY, EINPROGRESS, EWOULDBLOCK };

    public static PyType Build()
    {
        var type = Class("asynchat", "async_chat", Doc("async_chat"), asyncore.dispatcher)
            .Attribute("ac_in_buffer_size", Int(4096))
            .Attribute("ac_out_buffer_size", Int(4096))
            .Method("__init__", new[] { "self", "sock", "map" }, a =>
            {
                Set(a[0], "ac_in_buffer", Str(""));
                Set(a[0], "incoming", new PyList());
                Set(a[0], "producer_fifo", Ops.Call(Get(Module("collections"), "deque")));
                Ops.Call(Get(asyncore.dispatcher, "__init__"), a[0], a[1], a[2]);
                return None;
            }, new[] { None, None })
            .Method("collect_incoming_data", new[] { "self", "data" }, a => throw NotImplemented())
            .Method("_collect_incoming_data", new[] { "self", "data" }, a => { Call(Get(a[0], "incoming"), "append", a[1]); return None; })
            .Method("_get_data", new[] { "self" }, a =>
            {
                var incoming = Get(a[0], "incoming");
                var d = Call(Str(""), "join", incoming);
                Ops.DelItem(incoming, new PySlice(null, null, null));
                return d;
            })
            .Method("found_terminator", new[] { "self" }, a => throw NotImplemented())
            .Method("set_terminator", new[] { "self", "term" }, a => { Set(a[0], "terminator", a[1]); return None; })
            .Method("get_terminator", new[] { "self" }, a => Get(a[0], "terminator"))
            .Method("handle_read", new[] { "self" }, a => { HandleRead(a[0]); return None; })
            .Method("handle_write", new[] { "self" }, a => { Call(a[0], "initiate_send"); return None; })
            .Method("handle_close", new[] { "self" }, a => { Call(a[0], "close"); return None; })
            .Method("push", new[] { "self", "data" }, a =>
            {
                var (self, data) = (a[0], a[1]);
                var sabs = Get(self, "ac_out_buffer_size");
                var fifo = Get(self, "producer_fifo");
                int size = Ops.ToInt32(sabs), length = Ops.Len(data);
                if (length > size)
                    for (int i = 0; i < length; i += size) Call(fifo, "append", Ops.GetSlice(data, Int(i), Int(i + size)));
                else Call(fifo, "append", data);
                Call(self, "initiate_send");
                return None;
            })
            .Method("push_with_producer", new[] { "self", "producer" }, a =>
            {
                Call(Get(a[0], "producer_fifo"), "append", a[1]);
                Call(a[0], "initiate_send");
                return None;
            })
            .Method("readable", new[] { "self" }, a => Int(1))
            .Method("writable", new[] { "self" }, a =>
            {
                var fifo = Get(a[0], "producer_fifo");
                return True(fifo) ? fifo : PyBool.From(!True(Get(a[0], "connected")));
            })
            .Method("close_when_done", new[] { "self" }, a => { Call(Get(a[0], "producer_fifo"), "append", None); return None; })
            .Method("initiate_send", new[] { "self" }, a => { InitiateSend(a[0]); return None; })
            .Method("discard_buffers", new[] { "self" }, a =>
            {
                // Emergencies only!
                Set(a[0], "ac_in_buffer", Str(""));
                Ops.DelItem(Get(a[0], "incoming"), new PySlice(null, null, null));
                Call(Get(a[0], "producer_fifo"), "clear");
                return None;
            })
            .Build();
        foreach (var key in Ops.Enumerate(type.Dict))
            if (type.Dict.GetItem(key) is PyFunction f && Doc("async_chat." + key) is string d) f.Doc = PyStr.FromString(d);
        return type;
    }

    static PythonException NotImplemented() =>
        new(Ops.Call(PyExceptionTypes.NotImplementedError, Str("must be implemented in subclass")));

    static void HandleRead(PyObject self)
    {
        PyObject data;
        try { data = Call(self, "recv", Get(self, "ac_in_buffer_size")); }
        catch (PythonException e) when (e.Matches(SocketError))
        {
            if (FirstArg(e) is int n && Array.IndexOf(BlockingErrors, n) >= 0) return;
            Ops.SetExcInfo(e);
            Call(self, "handle_error");
            return;
        }
        Set(self, "ac_in_buffer", Ops.Add(Get(self, "ac_in_buffer"), data));

        // Several data+terminator combinations may arrive with one recv.
        while (True(Get(self, "ac_in_buffer")))
        {
            var buffer = Get(self, "ac_in_buffer");
            int lb = Ops.Len(buffer);
            var terminator = Call(self, "get_terminator");
            if (!True(terminator))
            {
                // no terminator, collect it all
                Call(self, "collect_incoming_data", buffer);
                Set(self, "ac_in_buffer", Str(""));
            }
            else if (terminator is PyInt or PyLong)
            {
                // numeric terminator
                var n = terminator;
                if (Ops.Less(Int(lb), n))
                {
                    Call(self, "collect_incoming_data", buffer);
                    Set(self, "ac_in_buffer", Str(""));
                    Set(self, "terminator", Ops.Subtract(Get(self, "terminator"), Int(lb)));
                }
                else
                {
                    Call(self, "collect_incoming_data", Ops.GetSlice(buffer, null, n));
                    Set(self, "ac_in_buffer", Ops.GetSlice(buffer, n, null));
                    Set(self, "terminator", Int(0));
                    Call(self, "found_terminator");
                }
            }
            else
            {
                // the terminator in the buffer: collect up to it and transition; a prefix of it at the
                // end: collect up to the prefix and wait for more; neither: collect everything.
                int terminatorLength = Ops.Len(terminator);
                int index = Ops.ToInt32(Call(buffer, "find", terminator));
                if (index != -1)
                {
                    // don't report the empty string (source of subtle bugs)
                    if (index > 0) Call(self, "collect_incoming_data", Ops.GetSlice(buffer, null, Int(index)));
                    Set(self, "ac_in_buffer", Ops.GetSlice(buffer, Int(index + terminatorLength), null));
                    // This does the Right Thing if the terminator is changed here.
                    Call(self, "found_terminator");
                }
                else
                {
                    int prefix = Ops.ToInt32(Ops.Call(Get(Module("asynchat"), "find_prefix_at_end"), buffer, terminator));
                    if (prefix != 0)
                    {
                        if (prefix != lb)
                        {
                            Call(self, "collect_incoming_data", Ops.GetSlice(buffer, null, Int(-prefix)));
                            Set(self, "ac_in_buffer", Ops.GetSlice(buffer, Int(-prefix), null));
                        }
                        break;
                    }
                    Call(self, "collect_incoming_data", buffer);
                    Set(self, "ac_in_buffer", Str(""));
                }
            }
        }
    }

    static void InitiateSend(PyObject self)
    {
        var fifo = Get(self, "producer_fifo");
        while (True(fifo) && True(Get(self, "connected")))
        {
            var first = Ops.GetItem(fifo, Int(0));
            // handle empty string/buffer or None entry
            if (!True(first))
            {
                Ops.DelItem(fifo, Int(0));
                if (first is PyNone) { Call(self, "handle_close"); return; }
            }
            // a string-like entry is sent from a buffer over it; anything else is a producer
            var obs = Get(self, "ac_out_buffer_size");
            PyObject data;
            try { data = Ops.Call(Get(Module("__builtin__"), "buffer"), first, Int(0), obs); }
            catch (PythonException e) when (e.Matches(PyExceptionTypes.TypeError))
            {
                data = Call(first, "more");
                if (True(data)) Call(fifo, "appendleft", data);
                else Ops.DelItem(fifo, Int(0));
                continue;
            }
            PyObject sent;
            try { sent = Call(self, "send", data); }
            catch (PythonException e) when (e.Matches(SocketError))
            {
                Ops.SetExcInfo(e);
                Call(self, "handle_error");
                return;
            }
            if (True(sent))
            {
                if (Ops.Less(sent, Int(Ops.Len(data))) || Ops.Less(obs, Int(Ops.Len(first))))
                    Ops.SetItem(fifo, Int(0), Ops.GetSlice(first, sent, null));
                else Ops.DelItem(fifo, Int(0));
            }
            // we tried to send some actual data
            return;
        }
    }
}
