using Instroom.Data.Sources;

namespace Instroom.Jobs.Demo;

/// <summary>A source as the simulator plays it on one date: its kind and the gemeenten it delivers for.</summary>
public sealed record DemoSource(string Code, SourceKind Kind, IReadOnlyList<DemoGemeente> Gemeenten);

/// <summary>
/// One gemeente a source delivers for. <paramref name="PopulationShare"/> is the gemeente's share of all children
/// (the <see cref="GemeenteWeight"/>s of all gemeenten add up to 1); <paramref name="CaseShare"/> is the part of
/// the gemeente's cases this source carries (regional GIs split what the national GIs leave).
/// </summary>
public sealed record DemoGemeente(string Code, string Jeugdregio, string Toezichtregio, double PopulationShare, double CaseShare);
