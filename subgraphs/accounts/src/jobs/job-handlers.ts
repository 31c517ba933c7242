import type { AccountsServices } from '../context';
import { Queues, type JobHandler, type QueueName } from './job-queue';

/** What each queue's job does; a thrown error makes pg-boss retry it. */
export function jobHandlers(services: AccountsServices): Record<QueueName, JobHandler> {
  return {
    [Queues.vendorCall]: (data) => services.vendorCalls.attempt(String(data.callId), typeof data.attempt === 'number' ? data.attempt : undefined),
    [Queues.catalogInstallState]: (data) =>
      services.catalog.recordInstallState({
        accountId: String(data.accountId), appId: String(data.appId), installed: Boolean(data.installed), version: String(data.version),
      }),
    [Queues.billingInstallRemoved]: (data) => services.billing.recordInstallRemoved(String(data.installId)),
    [Queues.billingInstallConfirmed]: async (data) => {
      const installId = String(data.installId);
      // False: billing's sweep released the decision before this job got through (an outage longer
      // than BILLING_PENDING_DECISION_TTL_MS). Retries cannot mend it; the failed job records it.
      if (!(await services.billing.confirmInstall(installId))) {
        throw new Error(`billing released the decision of committed install ${installId}`);
      }
    },
    [Queues.telephonyInstallRemoved]: (data) => services.telephony.installRemoved(String(data.installId)),
    [Queues.maintenance]: () => services.maintenance.forgetExpired(),
  };
}
