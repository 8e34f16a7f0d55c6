using BenchmarkDotNet.Running;

namespace Instroom.Benchmarks;

/// <summary>
/// <c>meet</c> times one backfill by phase (see <see cref="PhaseMeasurement"/>); anything else goes to BenchmarkDotNet,
/// e.g. <c>--filter '*ImportBenchmarks*'</c>. Not a top-level program: the tests reference this assembly and the web's
/// <c>Program</c> at once.
/// </summary>
public static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "meet")
        {
            return await PhaseMeasurement.RunAsync(args[1..], Console.Out);
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkWorld).Assembly).Run(args);
        return 0;
    }
}
