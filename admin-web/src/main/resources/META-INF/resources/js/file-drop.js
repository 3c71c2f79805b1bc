// A drop zone with a file picker, for the note import and the knowledge base: emits "pick" with the File.
export const FileDrop = {
  props: { accept: String, inputId: String },
  emits: ['pick'],
  data: () => ({ over: false, name: '' }),
  methods: {
    dropped(event) {
      this.over = false;
      const file = event.dataTransfer.files[0];
      if (file) this.choose(file);
    },
    picked(event) {
      const file = event.target.files[0];
      if (file) this.choose(file);
    },
    choose(file) {
      this.name = file.name;
      this.$emit('pick', file);
    },
    clear() {
      this.name = '';
      this.$refs.input.value = '';
    },
  },
  template: `
    <div class="dropzone" :class="{ over }" @dragover.prevent="over = true" @dragleave="over = false" @drop.prevent="dropped">
      <div>{{ name ? '已选择：' + name : '把文件拖到这里' }}</div>
      <input ref="input" class="visually-hidden" type="file" :id="inputId" :accept="accept" @change="picked">
      <label :for="inputId" class="button secondary">{{ name ? '换一个文件' : '选择文件' }}</label>
    </div>`,
};
