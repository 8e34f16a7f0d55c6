using Instroom.Data;
using Instroom.Data.Disclosure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Instroom.Tests.Disclosure;

public sealed class DisclosurePolicyTests
{
    [Fact]
    public void Default_HidesBelowFive_WithoutRounding_AndExemptsNobody()
    {
        var policy = Bind(new Dictionary<string, string?>());

        Assert.Equal(5, policy.Threshold);
        Assert.Equal(DisclosurePreset.Standaard, policy.Preset);
        Assert.False(policy.IsExempt(["Beheerder", "Inspectie", "Ketenpartner", "Accounthouder"]));
    }

    [Fact]
    public void Configuration_SetsThresholdPresetAndExemptRoles()
    {
        var policy = Bind(new Dictionary<string, string?>
        {
            ["Instroom:Disclosure:Threshold"] = "10",
            ["Instroom:Disclosure:Preset"] = "CbsAfronding",
            ["Instroom:Disclosure:ExemptRoles:0"] = "Inspectie",
        });

        Assert.Equal(10, policy.Threshold);
        Assert.Equal(DisclosurePreset.CbsAfronding, policy.Preset);
        Assert.True(policy.IsExempt(["Ketenpartner", "Inspectie"]));
        Assert.False(policy.IsExempt(["Ketenpartner"]));
        Assert.False(policy.IsExempt(["inspectie"]));
        Assert.False(policy.IsExempt([]));
    }

    [Fact]
    public void ThresholdBelowTwo_StopsTheApplicationFromStarting()
    {
        var policy = () => Bind(new Dictionary<string, string?> { ["Instroom:Disclosure:Threshold"] = "1" });

        Assert.Throws<OptionsValidationException>(policy);
    }

    private static DisclosurePolicy Bind(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Configuration["ConnectionStrings:Instroom"] = "Data Source=unused.db";
        builder.AddInstroomData();
        using var host = builder.Build();
        return host.Services.GetRequiredService<IOptions<DisclosurePolicy>>().Value;
    }
}
