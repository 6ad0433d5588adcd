#pragma warning disable CS8981 // the module class is named as in Python
using System;
using System.Collections.Generic;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// The <c>heapq</c> module of Python 2.7: a binary min-heap in a list (heap[k] &lt;= heap[2k+1],
    /// heap[2k+2]) with _heapq.c's sift algorithms, so the list layouts equal CPython's.
    /// </summary>
    [PythonModule("heapq")]
    public static class heapq
    {
        public static readonly PyObject __about__ = PyStr.FromString("Heap queues");

        static PyList Heap(PyObject heap) => heap as PyList ?? throw Ops.TypeError("heap argument must be a list");

        static bool Lt(PyObject a, PyObject b) => Ops.Less(a, b);

        /// <summary>Follow the path to the root, moving parents down until finding a place newitem fits.</summary>
        static void SiftDown(PyList heap, int startpos, int pos)
        {
            var newitem = heap[pos];
            while (pos > startpos)
            {
                int parentpos = (pos - 1) >> 1;
                var parent = heap[parentpos];
                if (Lt(newitem, parent)) { heap[pos] = parent; pos = parentpos; continue; }
                break;
            }
            heap[pos] = newitem;
        }

        /// <summary>Bubble the smaller child up until hitting a leaf, then sift the item down (Knuth's trick).</summary>
        static void SiftUp(PyList heap, int pos)
        {
            int endpos = heap.Count, startpos = pos;
            var newitem = heap[pos];
            int childpos = 2 * pos + 1;
            while (childpos < endpos)
            {
                int rightpos = childpos + 1;
                if (rightpos < endpos && !Lt(heap[childpos], heap[rightpos])) childpos = rightpos;
                heap[pos] = heap[childpos];
                pos = childpos;
                childpos = 2 * pos + 1;
            }
            heap[pos] = newitem;
            SiftDown(heap, startpos, pos);
        }

        public static void heappush(PyObject heap, PyObject item)
        {
            var h = Heap(heap);
            h.Append(item);
            SiftDown(h, 0, h.Count - 1);
        }

        public static PyObject heappop(PyObject heap)
        {
            var h = Heap(heap);
            if (h.Count == 0) throw Ops.IndexError("index out of range");
            var last = h[h.Count - 1];
            h.DeleteItem(PyInt.From(h.Count - 1));
            if (h.Count == 0) return last;
            var result = h[0];
            h[0] = last;
            SiftUp(h, 0);
            return result;
        }

        public static PyObject heapreplace(PyObject heap, PyObject item)
        {
            var h = Heap(heap);
            if (h.Count == 0) throw Ops.IndexError("index out of range");
            var result = h[0];
            h[0] = item;
            SiftUp(h, 0);
            return result;
        }

        public static PyObject heappushpop(PyObject heap, PyObject item)
        {
            var h = Heap(heap);
            if (h.Count == 0 || !Lt(h[0], item)) return item;
            var result = h[0];
            h[0] = item;
            SiftUp(h, 0);
            return result;
        }

        public static void heapify(PyObject heap)
        {
            var h = Heap(heap);
            for (int i = h.Count / 2 - 1; i >= 0; i--) SiftUp(h, i);
        }

        /// <summary>The n largest items, as sorted(iterable, key=key, reverse=True)[:n] (heapq.py's
        /// decorated tuples make ties keep their input order).</summary>
        public static PyObject nlargest(PyObject n, PyObject iterable, PyObject key = null) => Select(n, iterable, key, largest: true);

        public static PyObject nsmallest(PyObject n, PyObject iterable, PyObject key = null) => Select(n, iterable, key, largest: false);

        static PyObject Select(PyObject nObj, PyObject iterable, PyObject key, bool largest)
        {
            long n = Ops.IndexToLongArg(nObj);
            if (key is PyNone) key = null;
            if (n <= 0)
            {
                // heapq.py still builds its decorated iterator first
                if (key == null) Iterable(iterable); else Ops.Iter(iterable);
                return new PyList();
            }
            List<PyObject> items;
            try { items = Ops.ToList(key == null ? Iterable(iterable) : Ops.Iter(iterable)); }
            catch (PythonException) { throw; }
            var keys = new PyObject[items.Count];
            for (int i = 0; i < keys.Length; i++) keys[i] = key == null ? items[i] : Ops.Call(key, items[i]);
            var order = new int[items.Count];
            for (int i = 0; i < order.Length; i++) order[i] = i;
            // stable merge sort on keys; descending for nlargest keeps earlier items first among equals
            var sorted = PyList.FromArray(Array.ConvertAll(order, i => (PyObject)PyInt.From(i)));
            var keyList = keys;
            sorted.Sort(key: NativeFunction.Create("key", o => keyList[((PyInt)o).Value]), reverse: largest);
            int count = (int)Math.Min(n, items.Count);
            var result = new PyObject[count];
            for (int i = 0; i < count; i++) result[i] = items[(int)((PyInt)sorted[i]).Value];
            return PyList.FromArray(result);
        }

        static PyObject Iterable(PyObject o)
        {
            try { return Ops.Iter(o); }
            catch (PythonException e) when (e.Is(PyExceptionTypes.TypeError)) { throw Ops.TypeError("izip argument #1 must support iteration"); }
        }

        /// <summary>merge(*iterables): a generator over the sorted inputs merged, ties in input order.</summary>
        public static PyObject merge(params PyObject[] iterables)
        {
            var its = new PyObject[iterables.Length];
            for (int i = 0; i < its.Length; i++) its[i] = Ops.Iter(iterables[i]);
            return new PyGenerator("merge", async g =>
            {
                // heap entries: (value, input index); a list heap compared like heapq.py's [value, itnum, next]
                var heap = new List<(PyObject value, int index)>();
                for (int i = 0; i < its.Length; i++)
                {
                    var v = its[i].Next();
                    if (v != null) heap.Add((v, i));
                }
                bool Less((PyObject value, int index) a, (PyObject value, int index) b) =>
                    Ops.Eq(a.value, b.value) ? a.index < b.index : Ops.Less(a.value, b.value);
                void Down(int pos)
                {
                    while (true)
                    {
                        int l = 2 * pos + 1, r = l + 1, m = pos;
                        if (l < heap.Count && Less(heap[l], heap[m])) m = l;
                        if (r < heap.Count && Less(heap[r], heap[m])) m = r;
                        if (m == pos) return;
                        (heap[pos], heap[m]) = (heap[m], heap[pos]);
                        pos = m;
                    }
                }
                for (int i = heap.Count / 2 - 1; i >= 0; i--) Down(i);
                while (heap.Count > 0)
                {
                    var (value, index) = heap[0];
                    await g.Yield(value);
                    var next = its[index].Next();
                    if (next != null) heap[0] = (next, index);
                    else { heap[0] = heap[^1]; heap.RemoveAt(heap.Count - 1); }
                    if (heap.Count > 0) Down(0);
                }
            });
        }
    }
}
