using FluentValidation;
using Mentorship.Domain.Common;
using Mentorship.Domain.Documents;
using Mentorship.Domain.Programmes;

namespace Mentorship.Application.Documents;

/// <summary>The requisites every document carries, whatever its level.</summary>
public interface IDocumentFields
{
    NormativeDocumentKind? Kind { get; }

    string? Number { get; }

    DateOnly? Date { get; }

    string? Title { get; }

    string? FileReference { get; }

    string? ApprovedBy { get; }
}

/// <summary>The body of a command that writes a document: its requisites, the same at every level.</summary>
public abstract record DocumentFieldsCommand : IDocumentFields
{
    /// <summary>Kind of document (вид документа); the municipal kinds only for a municipality.</summary>
    public NormativeDocumentKind? Kind { get; init; }

    /// <summary>Document number (номер приказа, протокола); optional, up to 100 characters.</summary>
    public string? Number { get; init; }

    /// <summary>Date of the document.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Title; required for the kind Other, else optional; up to 500 characters.</summary>
    public string? Title { get; init; }

    /// <summary>Where the file is: an absolute http(s) address or a storage key (letters, digits, `. _ - /`); optional.</summary>
    public string? FileReference { get; init; }

    /// <summary>Who approved (signed) it, name and position; optional, up to 200 characters.</summary>
    public string? ApprovedBy { get; init; }
}

/// <summary>The rules of the requisites, checked once for the documents of every level.</summary>
public sealed class DocumentFieldsValidator : AbstractValidator<IDocumentFields>
{
    public DocumentFieldsValidator(DocumentLevel level)
    {
        RuleFor(c => c.Kind).NotNull().IsInEnum();
        RuleFor(c => c.Kind).Must(k => DocumentRecord.IsKindOf(k!.Value, level))
            .When(c => c.Kind is { } kind && Enum.IsDefined(kind))
            .WithErrorCode(ErrorCodes.Documents.KindNotAtLevel)
            .WithState(c => new object?[] { c.Kind, level });
        RuleFor(c => c.Number).MaximumLength(DocumentRecord.NumberMaxLength);
        RuleFor(c => c.Date).NotNull();
        RuleFor(c => c.Title).MaximumLength(TextLengths.Title);
        RuleFor(c => c.Title).NotEmpty().When(c => c.Kind == NormativeDocumentKind.Other).WithErrorCode(ErrorCodes.Documents.TitleRequired);
        RuleFor(c => c.FileReference).MaximumLength(DocumentRecord.FileReferenceMaxLength)
            .Must(DocumentRecord.IsFileReference).WithErrorCode(ErrorCodes.Programme.DocumentUrlInvalid);
        RuleFor(c => c.ApprovedBy).MaximumLength(DocumentRecord.ApprovedByMaxLength);
    }
}
