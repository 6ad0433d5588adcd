using System;

namespace Py2Cs.Runtime.Modules.math
{
    /// <summary>
    /// erf and erfc as mathmodule.c computes them: a power series near zero and a continued
    /// fraction beyond 1.5.
    /// </summary>
    internal static class ErrorFunction
    {
        private const double SeriesCutoff = 1.5;
        private const int SeriesTerms = 25;
        private const double ContfracCutoff = 30.0;
        private const int ContfracTerms = 50;
        private static readonly double SqrtPi = 1.772453850905516027298167483341145182798;

        private static double Series(double x)
        {
            double x2 = x * x, acc = 0.0, fk = SeriesTerms + 0.5;
            for (int i = 0; i < SeriesTerms; i++)
            {
                acc = 2.0 + x2 * acc / fk;
                fk -= 1.0;
            }
            return acc * x * Math.Exp(-x2) / SqrtPi;
        }

        private static double ContinuedFraction(double x)
        {
            if (x >= ContfracCutoff) return 0.0;
            double x2 = x * x, a = 0.0, da = 0.5, p = 1.0, pLast = 0.0, q = da + x2, qLast = 1.0;
            for (int i = 0; i < ContfracTerms; i++)
            {
                a += da;
                da += 2.0;
                double b = da + x2;
                double temp = p;
                p = b * p - a * pLast;
                pLast = temp;
                temp = q;
                q = b * q - a * qLast;
                qLast = temp;
            }
            return p / q * x * Math.Exp(-x2) / SqrtPi;
        }

        public static double Erf(double x)
        {
            if (double.IsNaN(x)) return x;
            double absx = Math.Abs(x);
            if (absx < SeriesCutoff) return Series(x);
            double cf = ContinuedFraction(absx);
            return x > 0.0 ? 1.0 - cf : cf - 1.0;
        }

        public static double Erfc(double x)
        {
            if (double.IsNaN(x)) return x;
            double absx = Math.Abs(x);
            if (absx < SeriesCutoff) return 1.0 - Series(x);
            double cf = ContinuedFraction(absx);
            return x > 0.0 ? cf : 2.0 - cf;
        }
    }
}
