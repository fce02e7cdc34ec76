using System.Security.Cryptography;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Domain.Auditing;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Public.JoinRequests.Commands.SubmitJoinRequest;

/// <summary>The child the request is for.</summary>
/// <param name="LastName">Фамилия, up to 100 characters.</param>
/// <param name="FirstName">Имя, up to 100 characters.</param>
/// <param name="MiddleName">Отчество; optional.</param>
/// <param name="BirthDate">Date of birth; the birth date or the grade is required (the birth date when a pupil sends the request).</param>
/// <param name="Grade">School grade (класс), 1–11.</param>
public sealed record JoinRequestChildInput(string? LastName, string? FirstName, string? MiddleName, DateOnly? BirthDate, int? Grade);

/// <summary>Who sends the request and how the school reaches them.</summary>
/// <param name="Kind">Parent (a parent or another legal representative) or Pupil (the pupil, from 14).</param>
/// <param name="Name">How to address the requester, up to 300 characters.</param>
/// <param name="Email">E-mail to answer to; the e-mail or the phone is required.</param>
/// <param name="Phone">Phone to call back.</param>
public sealed record JoinRequesterInput(JoinRequesterKind? Kind, string? Name, string? Email, string? Phone);

/// <summary>The legal representative's consent to the processing of the child's personal data (152-FZ).</summary>
/// <param name="Given">The representative gives the consent; must be true.</param>
/// <param name="RepresentativeName">Full name of the legal representative (законный представитель) who gives it.</param>
/// <param name="TextVersion">Version of the consent text shown on the resource, e.g. "2024-09".</param>
public sealed record JoinRequestConsentInput(bool? Given, string? RepresentativeName, string? TextVersion);

/// <summary>A request to join a published programme, from the open information resource.</summary>
/// <param name="Child">The child.</param>
/// <param name="Requester">Who sends it and their contact.</param>
/// <param name="Consent">The legal representative's consent; required.</param>
/// <param name="Form">The form of mentorship of interest; optional.</param>
/// <param name="Text">The request in the requester's words (what the child needs), up to 4000 characters.</param>
public sealed record SubmitJoinRequestCommand(JoinRequestChildInput? Child, JoinRequesterInput? Requester, JoinRequestConsentInput? Consent, MentoringForm? Form, string? Text)
    : IRequest<JoinRequestReceiptDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }
}

/// <summary>What the requester gets back: a reference to quote, nothing personal.</summary>
public sealed record JoinRequestReceiptDto
{
    /// <summary>The request's reference (номер заявки), to quote when contacting the school.</summary>
    public required string Reference { get; init; }

    /// <summary>When it was received (UTC).</summary>
    public DateTimeOffset ReceivedAt { get; init; }
}

internal sealed class SubmitJoinRequestHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider time) : IRequestHandler<SubmitJoinRequestCommand, JoinRequestReceiptDto>
{
    // No 0/O, 1/I/L: a reference read out on the phone is not misheard.
    private const string ReferenceAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public async Task<JoinRequestReceiptDto> Handle(SubmitJoinRequestCommand request, CancellationToken cancellationToken)
    {
        // An unpublished programme is not found, as on the programme's public page.
        var programme = await db.PublishedProgrammes().Where(p => p.Id == request.ProgrammeId).Select(p => new { p.Id, p.Status })
                            .SingleOrDefaultAsync(cancellationToken)
                        ?? throw new NotFoundException(nameof(Programme), request.ProgrammeId);
        if (programme.Status == ProgrammeStatus.Closed)
        {
            throw new DomainConflictException(ErrorCodes.Programme.Closed, "status");
        }

        var (child, requester, consent) = (request.Child!, request.Requester!, request.Consent!);
        var now = time.GetUtcNow();
        var joinRequest = new JoinRequest(
            programme.Id,
            RandomNumberGenerator.GetString(ReferenceAlphabet, JoinRequest.ReferenceLength),
            new JoinRequestChild(child.LastName!, child.FirstName!, child.MiddleName, child.BirthDate, child.Grade),
            new JoinRequester(requester.Kind!.Value, requester.Name!, requester.Email, requester.Phone),
            new JoinRequestConsent(consent.Given == true, consent.RepresentativeName!, consent.TextVersion!),
            request.Form,
            request.Text,
            now);
        db.JoinRequests.Add(joinRequest);
        JoinRequestAudit.Record(db, user, time, AuditAction.Create, joinRequest, JoinRequestAudit.Submitted);
        await db.SaveChangesAsync(cancellationToken);
        return new JoinRequestReceiptDto { Reference = joinRequest.Reference, ReceivedAt = now };
    }
}
