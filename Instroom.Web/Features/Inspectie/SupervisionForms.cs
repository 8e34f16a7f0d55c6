using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using NodaTime;
using NodaTime.Text;

namespace Instroom.Web.Features.Inspectie;

/// <summary>The form that puts a region under verscherpt toezicht. Dates are text: the browser's date field sends yyyy-mm-dd, people type d-m-jjjj.</summary>
public sealed class StartSupervisionForm
{
    [Required(ErrorMessage = "Kies de regio die onder verscherpt toezicht komt.")]
    public string? Region { get; set; }

    [Required(ErrorMessage = "Vul de startdatum in.")]
    public string? Start { get; set; }

    public string? PlannedEnd { get; set; }

    [StringLength(2000, ErrorMessage = "De toelichting is te lang: hoogstens 2000 tekens.")]
    public string? Note { get; set; }

    /// <summary>The dates read, or errors in <paramref name="errors"/> under the form's field names (with <paramref name="prefix"/>).</summary>
    public bool TryRead(ModelStateDictionary errors, string prefix, out StartSupervision start)
    {
        start = default!;
        var startDate = string.IsNullOrWhiteSpace(Start) ? null : FormDates.Read(Start, errors, $"{prefix}.{nameof(Start)}");
        var plannedEnd = string.IsNullOrWhiteSpace(PlannedEnd) ? null : FormDates.Read(PlannedEnd, errors, $"{prefix}.{nameof(PlannedEnd)}");
        if (startDate is not { } from || (!string.IsNullOrWhiteSpace(PlannedEnd) && plannedEnd is null) || string.IsNullOrWhiteSpace(Region))
        {
            return false;
        }

        start = new StartSupervision(Region!.Trim(), from, plannedEnd, Note);
        return true;
    }
}

public sealed record StartSupervision(string Region, LocalDate Start, LocalDate? PlannedEnd, string? Note);

/// <summary>The form that ends a period of verscherpt toezicht.</summary>
public sealed class EndSupervisionForm
{
    [Required(ErrorMessage = "Vul de einddatum in: de eerste dag zonder verscherpt toezicht.")]
    public string? End { get; set; }

    [StringLength(2000, ErrorMessage = "De toelichting is te lang: hoogstens 2000 tekens.")]
    public string? Note { get; set; }
}

public static class FormDates
{
    private static readonly LocalDatePattern[] Patterns =
    [
        LocalDatePattern.Iso,
        LocalDatePattern.Create("d-M-uuuu", CultureInfo.InvariantCulture),
    ];

    /// <summary>A date as the browser's date field sends it (2026-03-01) or as people write it (1-3-2026); else an error on <paramref name="field"/>.</summary>
    public static LocalDate? Read(string? text, ModelStateDictionary errors, string field)
    {
        var trimmed = text?.Trim() ?? "";
        foreach (var pattern in Patterns)
        {
            if (pattern.Parse(trimmed) is { Success: true } result)
            {
                return result.Value;
            }
        }

        errors.AddModelError(field, $"'{trimmed}' is geen datum. Schrijf de datum als dag-maand-jaar, bijvoorbeeld 1-3-2026.");
        return null;
    }
}
