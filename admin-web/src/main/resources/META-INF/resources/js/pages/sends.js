import { createApp } from '../vue.js';
import { api, isUnavailable } from '../api.js';
import { startPage, markReady, fmtDateTime } from '../console.js';

await startPage('sends');

const CHANNELS = { wecom: '企业微信', dingtalk: '钉钉' };
const STATUSES = { SENT: '已发送', RETRYING: '稍后重试', FAILED: '失败' };

createApp({
  data: () => ({ sends: [], lastDay: [], status: 'FAILED', channel: '', loading: true, error: '', unavailable: false }),
  async mounted() {
    await this.load();
    markReady();
  },
  methods: {
    fmtDateTime,
    channelLabel: (c) => CHANNELS[c] || c,
    statusLabel: (s) => STATUSES[s] || s,
    async load() {
      this.loading = true;
      this.error = '';
      const params = new URLSearchParams({ limit: 200 });
      if (this.status) params.set('status', this.status);
      if (this.channel) params.set('channel', this.channel);
      try {
        const log = await api.get('/api/channels/sends?' + params);
        this.sends = log.sends;
        this.lastDay = log.lastDay;
      } catch (e) {
        if (isUnavailable(e)) this.unavailable = true; else this.error = e.message;
      } finally {
        this.loading = false;
      }
    },
  },
}).mount('#app');
