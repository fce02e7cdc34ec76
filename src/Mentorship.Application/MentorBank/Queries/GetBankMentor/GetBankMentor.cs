using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;

namespace Mentorship.Application.MentorBank.Queries.GetBankMentor;

[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record GetBankMentorQuery(Guid MunicipalityId, Guid EntryId) : IRequest<BankMentorDto>;

internal sealed class GetBankMentorHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<GetBankMentorQuery, BankMentorDto>
{
    public async Task<BankMentorDto> Handle(GetBankMentorQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureBankVisibleAsync(user, request.MunicipalityId, cancellationToken);
        return await MunicipalMentorReads.DtoAsync(db, request.MunicipalityId, request.EntryId, cancellationToken);
    }
}
