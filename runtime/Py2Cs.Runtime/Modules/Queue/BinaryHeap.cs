namespace Py2Cs.Runtime.Modules.Threading;

/// <summary>heapq's heappush/heappop over a list, with CPython's sift order and only <c>&lt;</c>
/// comparisons, so equal priorities come out in the same order as under CPython.</summary>
internal static class BinaryHeap
{
    public static void Push(PyList heap, PyObject item)
    {
        heap.Append(item);
        SiftDown(heap, 0, heap.Count - 1);
    }

    public static PyObject Pop(PyList heap)
    {
        if (heap.Count == 0) throw Ops.IndexError("index out of range");
        var last = heap[heap.Count - 1];
        heap.RemoveAt(heap.Count - 1);
        if (heap.Count == 0) return last;
        var result = heap[0];
        heap[0] = last;
        SiftUp(heap, 0);
        return result;
    }

    static void SiftDown(PyList heap, int start, int pos)
    {
        var newitem = heap[pos];
        while (pos > start)
        {
            int parentpos = (pos - 1) >> 1;
            var parent = heap[parentpos];
            if (Ops.Less(newitem, parent))
            {
                heap[pos] = parent;
                pos = parentpos;
                continue;
            }
            break;
        }
        heap[pos] = newitem;
    }

    static void SiftUp(PyList heap, int pos)
    {
        int endpos = heap.Count, startpos = pos;
        var newitem = heap[pos];
        int childpos = 2 * pos + 1;
        while (childpos < endpos)
        {
            int rightpos = childpos + 1;
            if (rightpos < endpos && !Ops.Less(heap[childpos], heap[rightpos])) childpos = rightpos;
            heap[pos] = heap[childpos];
            pos = childpos;
            childpos = 2 * pos + 1;
        }
        heap[pos] = newitem;
        SiftDown(heap, startpos, pos);
    }
}
