using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.MentorBank.Queries.GetBankMentor;
using Mentorship.Domain.Common;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.MentorBank.Commands.UpdateBankMentor;

/// <summary>Changes an entry of the municipal bank: capacity, competences, whether it is drawn into new pairs.</summary>
/// <param name="Capacity">Mentees at a time over every school and programme (1–50); current pairs go on if it drops below them.</param>
/// <param name="Competences">The competences (tags) that replace the previous ones; at least one.</param>
/// <param name="IsActive">False takes the person out of the offer (no new pairs); true brings them back.</param>
[Authorize(Roles = Roles.Coordinators)]
public sealed record UpdateBankMentorCommand(int? Capacity, IReadOnlyList<string>? Competences, bool? IsActive) : IRequest<BankMentorDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid MunicipalityId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public Guid EntryId { get; init; }
}

internal sealed class UpdateBankMentorHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<UpdateBankMentorCommand, BankMentorDto>
{
    public async Task<BankMentorDto> Handle(UpdateBankMentorCommand request, CancellationToken cancellationToken)
    {
        if (!await db.EnsureBankVisibleAsync(user, request.MunicipalityId, cancellationToken))
        {
            throw new ForbiddenAccessException();
        }

        var entry = await db.MunicipalMentors.Include(m => m.Competences)
                        .SingleOrDefaultAsync(m => m.Id == request.EntryId && m.MunicipalityId == request.MunicipalityId, cancellationToken)
                    ?? throw new NotFoundException(nameof(MunicipalMentor), request.EntryId);
        entry.Update(request.Capacity!.Value, request.IsActive!.Value);
        entry.SetCompetences(request.Competences!);
        await db.SaveChangesAsync(cancellationToken);
        return await MunicipalMentorReads.DtoAsync(db, request.MunicipalityId, entry.Id, cancellationToken);
    }
}
