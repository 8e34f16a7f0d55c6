using System.ComponentModel.DataAnnotations;

namespace Instroom.Web.Features.Accessibility;

/// <summary>Section <c>Instroom:Accessibility</c>: who answers for the accessibility statement.</summary>
public sealed class AccessibilityOptions
{
    public const string SectionName = "Instroom:Accessibility";

    /// <summary>The organisation that runs Instroom, as it appears in a sentence: "de ketenregie jeugdbescherming".</summary>
    [Required]
    public string Organisation { get; set; } = "";

    /// <summary>Where users report accessibility problems.</summary>
    [Required]
    [EmailAddress]
    public string ContactEmail { get; set; } = "";
}
