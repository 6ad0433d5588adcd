using System;
using System.Collections.Generic;

namespace Py2Cs.Runtime.Modules.math
{
    /// <summary>math.fsum: Shewchuk's exact partial sums with CPython's final half-even correction.</summary>
    internal static class FloatSum
    {
        public static double Sum(IEnumerable<double> values)
        {
            var p = new List<double>();
            double specialSum = 0.0, infSum = 0.0;
            foreach (double value in values)
            {
                double x = value, xsave = value;
                int i = 0;
                for (int j = 0; j < p.Count; j++)
                {
                    double y = p[j];
                    if (Math.Abs(x) < Math.Abs(y)) (x, y) = (y, x);
                    double hi = x + y;
                    double yr = hi - x;
                    double lo = y - yr;
                    if (lo != 0.0) p[i++] = lo;
                    x = hi;
                }
                p.RemoveRange(i, p.Count - i);
                if (x != 0.0)
                {
                    if (!double.IsFinite(x))
                    {
                        if (double.IsFinite(xsave)) throw Ops.OverflowError("intermediate overflow in fsum");
                        if (double.IsInfinity(xsave)) infSum += xsave;
                        specialSum += xsave;
                        p.Clear();
                    }
                    else p.Add(x);
                }
            }
            if (specialSum != 0.0)
            {
                if (double.IsNaN(infSum)) throw Ops.ValueError("-inf + inf in fsum");
                return specialSum;
            }
            double result = 0.0;
            int n = p.Count;
            if (n > 0)
            {
                result = p[--n];
                double lo = 0;
                while (n > 0)
                {
                    double x = result, y = p[--n];
                    result = x + y;
                    double yr = result - x;
                    lo = y - yr;
                    if (lo != 0.0) break;
                }
                if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)))
                {
                    double y = lo * 2.0;
                    double x = result + y;
                    double yr = x - result;
                    if (y == yr) result = x;
                }
            }
            return result;
        }
    }
}
